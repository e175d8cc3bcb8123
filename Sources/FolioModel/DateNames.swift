/// The month and weekday names `DateText` reads, folded as `DateText.fold`
/// folds them: written out from the locale data of Foundation (ICU) for
/// `DateText.languages`, as a test checks, so that the first byline read
/// does not wait for sixteen locales to load (some 10 ms of the first screen).
extension DateText {
    /// Index 0: weekdays; 1 to 12: the months. In the order they were
    /// taken: where two languages spell a name alike, the first one's.
    static let writtenNames: [[String]] = [
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sun", "mon", "tue", "wed",
         "thu", "fri", "sat", "sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
         "dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dim", "lun", "mer", "jeu", "ven",
         "sam", "domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "dom", "mié", "jue", "vie",
         "sáb", "domenica", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "gio", "sab",
         "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "seg", "ter", "qua", "qui",
         "sex", "zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "söndag", "måndag",
         "tisdag", "onsdag", "torsdag", "fredag", "lördag", "sön", "mån", "tis", "ons", "tors", "fre", "lör",
         "søndag", "mandag", "tirsdag", "lørdag", "søn", "man", "tirs", "lør", "tir", "tor", "tysdag", "laurdag",
         "sunnuntai", "maanantaina", "tiistaina", "keskiviikkona", "torstaina", "perjantaina", "lauantaina",
         "sunnudagur", "mánudagur", "þriðjudagur", "miðvikudagur", "fimmtudagur", "föstudagur", "laugardagur", "mán",
         "þri", "mið", "fim", "fös", "lau", "minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "min",
         "sen", "sel", "rab", "kam", "jum", "воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница",
         "суббота", "niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedz", "pon",
         "czw", "sob"],
        ["january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari",
         "tammikuuta", "tam", "tammi", "tammikuu", "janúar", "января", "янв", "январь", "stycznia", "sty", "styczeń"],
        ["february", "feb", "februar", "février", "fév", "févr", "febrero", "febbraio", "fevereiro", "fev",
         "februari", "helmikuuta", "hel", "helmi", "helmikuu", "febrúar", "февраля", "фев", "февр", "февраль",
         "lutego", "lut", "luty"],
        ["march", "mar", "märz", "mär", "mars", "marzo", "março", "maart", "maa", "mrt", "marts", "maaliskuuta",
         "maalis", "maaliskuu", "maret", "марта", "мар", "март", "marca", "marzec"],
        ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "huhtikuuta", "huh", "huhti", "huhtikuu", "apríl",
         "апреля", "апр", "апрель", "kwietnia", "kwi", "kwiecień"],
        ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "toukokuuta", "tou", "touko", "toukokuu",
         "maí", "мая", "май", "maja"],
        ["june", "jun", "juni", "juin", "jui", "junio", "giugno", "giu", "junho", "kesäkuuta", "kes", "kesä",
         "kesäkuu", "júní", "jún", "июня", "июн", "июнь", "czerwca", "cze", "czerwiec"],
        ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "heinäkuuta", "hei", "heinä",
         "heinäkuu", "júlí", "júl", "июля", "июл", "июль", "lipca", "lip", "lipiec"],
        ["august", "aug", "août", "aoû", "agosto", "ago", "augustus", "augusti", "elokuuta", "elo", "elokuu",
         "ágúst", "ágú", "agustus", "agu", "августа", "авг", "август", "sierpnia", "sie", "sierpień"],
        ["sept", "september", "sep", "septembre", "septiembre", "settembre", "set", "setembro", "syyskuuta", "syy",
         "syys", "syyskuu", "сентября", "сен", "сент", "сентябрь", "września", "wrz", "wrzesień"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "lokakuuta",
         "lok", "loka", "lokakuu", "október", "октября", "окт", "октябрь", "października", "paź", "październik"],
        ["november", "nov", "novembre", "noviembre", "novembro", "marraskuuta", "marras", "marraskuu", "nóvember",
         "nóv", "ноября", "ноя", "нояб", "ноябрь", "listopada", "lis", "listopad"],
        ["december", "dec", "dezember", "dez", "décembre", "déc", "diciembre", "dic", "dicembre", "dezembro",
         "desember", "des", "joulukuuta", "jou", "joulu", "joulukuu", "декабря", "дек", "декабрь", "grudnia", "gru",
         "grudzień"],
    ]
}
