/// The last part of each identifier of the time-zone database (public
/// domain, IANA; as ICU 72 lists it), one word only: the cities a
/// newspaper's dateline names after its authors, which a name seldom ends
/// with. A table, not ICU's list at run time, which needed all of
/// Foundation (about 1 ms of every start) for this one look-up.
let timeZoneCities = Set("""
    Abidjan Accra Adak Adelaide Aden Algiers Almaty Amman Amsterdam Anadyr Anchorage Andorra Anguilla
    Antananarivo Antigua Apia Aqtau Aqtobe Araguaina Aruba Ashgabat Asmara Astrakhan Asuncion Athens
    Atikokan Atyrau Auckland Azores Baghdad Bahia Bahrain Baku Bamako Bangkok Bangui Banjul Barbados
    Barnaul Beirut Belem Belgrade Belize Berlin Bermuda Beulah Bishkek Bissau Blanc-Sablon Blantyre
    Bogota Boise Bougainville Bratislava Brazzaville Brisbane Brunei Brussels Bucharest Budapest
    Bujumbura Busingen Cairo Calcutta Canary Cancun Caracas Casablanca Casey Catamarca Cayenne Cayman
    Center Ceuta Chagos Chatham Chicago Chihuahua Chisinau Chita Choibalsan Chongqing Christmas Chuuk
    Cocos Colombo Comoro Conakry Copenhagen Cordoba Coyhaique Creston Cuiaba Curacao Currie Dakar
    Damascus Danmarkshavn Darwin Davis Dawson Denver Detroit Dhaka Dili Djibouti Dominica Douala Dubai
    Dublin DumontDUrville Dushanbe Easter Edmonton Efate Eirunepe Enderbury Eucla Fakaofo Famagusta
    Faroe Fiji Fortaleza Freetown Funafuti GMT Gaborone Galapagos Gambier Gaza Gibraltar Godthab Grenada
    Guadalcanal Guadeloupe Guam Guatemala Guayaquil Guernsey Guyana Halifax Harare Harbin Havana Hebron
    Helsinki Hermosillo Hobart Honolulu Hovd Indianapolis Inuvik Iqaluit Irkutsk Istanbul Jakarta
    Jamaica Jayapura Jersey Jerusalem Johannesburg Johnston Juba Jujuy Juneau Kabul Kaliningrad
    Kamchatka Kampala Kanton Karachi Kashgar Kathmandu Katmandu Kerguelen Khandyga Khartoum Kiev Kigali
    Kinshasa Kiritimati Kirov Knox Kosrae Kralendijk Krasnoyarsk Kuching Kuwait Kwajalein Kyiv Lagos
    Libreville Lima Lindeman Lisbon Ljubljana Lome London Longyearbyen Louisville Luanda Lubumbashi
    Lusaka Luxembourg Macau Maceio Macquarie Madeira Madrid Magadan Mahe Majuro Makassar Malabo Maldives
    Malta Managua Manaus Manila Maputo Marengo Mariehamn Marigot Marquesas Martinique Maseru Matamoros
    Mauritius Mawson Mayotte Mazatlan Mbabane McMurdo Melbourne Mendoza Menominee Merida Metlakatla
    Midway Minsk Miquelon Mogadishu Monaco Moncton Monrovia Monterrey Montevideo Monticello Montreal
    Montserrat Moscow Muscat Nairobi Nassau Nauru Ndjamena Niamey Nicosia Nipigon Niue Nome Norfolk
    Noronha Nouakchott Noumea Novokuznetsk Novosibirsk Nuuk Ojinaga Omsk Oral Oslo Ouagadougou Palau
    Palmer Panama Pangnirtung Paramaribo Paris Perth Petersburg Phoenix Pitcairn Podgorica Pohnpei
    Ponape Pontianak Port-au-Prince Porto-Novo Prague Pyongyang Qatar Qostanay Qyzylorda Rangoon
    Rarotonga Recife Regina Resolute Reunion Reykjavik Riga Riyadh Rome Rothera Saipan Sakhalin Salta
    Samara Samarkand Santarem Santiago Sarajevo Saratov Scoresbysund Seoul Shanghai Shiprock Simferopol
    Singapore Sitka Skopje Sofia Srednekolymsk Stanley Stockholm Sydney Syowa Tahiti Taipei Tallinn
    Tarawa Tashkent Tbilisi Tegucigalpa Tehran Thimphu Thule Tijuana Tirane Tokyo Tomsk Tongatapu
    Toronto Tortola Tripoli Troll Truk Tucuman Tunis Ulaanbaatar Ulyanovsk Urumqi Ushuaia Ust-Nera
    Uzhgorod Vaduz Vancouver Vatican Vevay Vienna Vientiane Vilnius Vincennes Vladivostok Volgograd
    Vostok Wake Wallis Warsaw Whitehorse Winamac Windhoek Winnipeg Yakutat Yakutsk Yangon Yekaterinburg
    Yellowknife Yerevan Zagreb Zaporozhye Zurich
    """.split(whereSeparator: \.isWhitespace).map(String.init))
