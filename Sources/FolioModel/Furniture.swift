/// The page around a post, in the languages of the blogs folio reads: the
/// words that start what comes after an article (sharing, related posts,
/// tags, comments, the author's box) and the words of comment counts.
enum Furniture {
    /// A line starting with one of these, after the article has begun, ends it.
    static let endings: [String] = [
        // English
        "share this", "share on", "share:", "share all sharing options", "sharing is caring", "like this:", "related", "you may also like",
        "you might also like", "more from", "more posts", "see more photos",
        // Terms and disclosures under the text (Advance Local, VG247).
        "registration on or use of this site", "sometimes we include links to online retail",
        "tags:", "tagged", "tags", "categories:", "category:",
        "filed under", "posted in", "leave a comment", "leave a reply", "post a comment", "comments", "no comments",
        "about the author", "about author", "previous post", "next post", "previous article", "next article",
        "older post", "newer post", "post navigation", "subscribe", "sign up", "read more", "continue reading",
        "author’s column", "recent posts", "popular posts", "browse all posts", "all posts", "back to",
        "chevron_left", "« previous", "previous", "next", "click here to subscribe", "subscribe to",
        "this slideshow requires javascript", "sign up for", "join our newsletter", "please enable javascript", "share", "tweet", "email this", "permalink",
        "written by", "posted by", "reply", "newsletter", "follow us", "thanks for reading", "about me", "powered by", "this entry was posted", "latest posts by", "view all posts by",
        "all posts by", "more posts by", "more articles by", "made with", "fueled by", "theme by", "designed by", "proudly powered",
        "copyright", "all rights reserved", "previous page", "next page", "older posts", "newer posts", "older entries",
        "newer entries", "page 1 of", "this work is licensed under", "tell us what you think", "comment on this",
        // German
        "teilen", "kommentare", "kommentar", "ähnliche beiträge", "verwandte artikel", "über den autor", "über",
        "schlagwörter", "kategorien", "zurück zur übersicht", "weitere beiträge",
        // French
        "partager", "commentaires", "articles similaires", "laisser un commentaire", "à propos de l",
        // Italian
        "condividi", "commenti", "nessun commento", "articoli correlati", "lascia un commento", "tag:", "potrebbe interessarti",
        // Portuguese and Spanish
        "compartilhe", "compartilhar", "voltar", "comentários", "comente", "deixe um comentário", "deixe uma resposta",
        "você pode gostar", "posts relacionados", "artigos relacionados", "compartir", "comentarios", "sobre", "receba em seu email",
        "deja un comentario", "artículos relacionados", "noticias relacionadas", "te puede interesar", "sobre o autor", "deixe suas dúvidas",
        "deixe sua opinião", "let me know in the comments",
        // Indonesian
        "bagikan", "tanggapan", "satu tanggapan", "berikan komentar", "komentar", "artikel terkait", "suka ini:",
        "berbagi", "iklan",
        // Russian
        "поделиться", "комментарии", "отзывы", "добавить отзыв", "похожие записи", "оставить комментарий", "читайте также", "добавить комментарий",
        // Japanese
        "関連記事", "コメント", "シェア", "この記事をシェア", "関連する投稿", "前の記事", "次の記事", "スポンサードリンク",
        "スポンサーリンク", "タグ:", "カテゴリー:",
        // Korean and Chinese
        "관련 글", "댓글", "태그:", "相关文章", "标签:", "標籤:", "分类:", "分類:", "评论", "留言",
    ]

    /// Endings that are a button's words, which a sentence may start with too.
    static let buttonPhrases: Set<String> = ["back to"]

    /// Whether `line` starts what follows an article. `N comments` and
    /// `3 thoughts on` lines count too.
    static func endsArticle(_ line: String) -> Bool {
        // A very long line is judged by its start, and has many words.
        let cut = line.utf8.count > PageLines.judgedLength
        // Korean pages print `ⓒ` for `©`.
        let judged = PageLines.judged(line)
        let line = judged.contains("ⓒ") ? judged.replacing("ⓒ", with: "©") : judged
        // `← Previous Post`, `« Back`: the arrows say nothing.
        var lower = Substring(line.lowercased().drop { !$0.isLetter && !$0.isNumber && $0 != "©" })
        // A count glued to its button: `0Email this to someone`.
        if let letter = lower.firstIndex(where: { !$0.isNumber }), letter > lower.startIndex, lower[letter].isLetter {
            lower = lower[letter...]
        }
        let wordCount = cut ? Int.max : lower.split(separator: " ").count
        // A footer: `© 2022 Ada`, `Ada • © 2022 • Blog`.
        if wordCount <= 12, line.contains("©") || isPaywall(line) { return true }
        if lower.hasPrefix("copyright ©") || lower.hasPrefix("copyright (c)") || lower.hasPrefix("© ") { return true }
        // `Copyright 2019 Hawaii News Now. All rights reserved.`
        if wordCount <= 20, lower.hasPrefix("copyright"), lower.dropFirst(9).drop(while: { $0 == " " }).first?.isNumber == true {
            return true
        }
        for ending in endings where lower.hasPrefix(ending) {
            // A word ends at a word's end: `Share`, not `Shared values make…`.
            if let next = lower.dropFirst(ending.count).first, next.isLetter || next.isNumber { continue }
            // A phrase ends the article wherever it stands; one word, or a
            // button's words (`Back to top`, not `Back to Taylor! It’s her
            // music…`), only on a short line of its own.
            if (ending.contains(" ") && !buttonPhrases.contains(ending)) || ending.hasSuffix(":") || wordCount <= 5 { return true }
        }
        // The previous post's title glued to it by lynx: `…に移行するトップに戻る`.
        if wordCount <= 8, backToTop.contains(where: { lower.hasSuffix($0) }) { return true }
        // `12 Comments`, `No comments`, `3 thoughts on “Title”`.
        return commentCount(line) != nil
    }

    /// The button between the links to the posts before and after this one.
    static let backToTop = ["back to top", "トップに戻る", "ページトップへ", "先頭に戻る", "回到顶部", "返回顶部", "맨 위로"]

    /// The label over an advertisement, on a line of its own.
    static let adLabels: Set<String> = ["advert", "advertisement", "advertising", "sponsored", "anzeige", "werbung",
                                        "publicité", "publicidad", "pubblicità", "publicidade", "реклама", "広告", "광고"]

    static func isAdLabel(_ line: String) -> Bool {
        adLabels.contains(line.lowercased().trimming { $0.isWhitespace || $0.isPunctuation })
    }

    /// How long a post takes to read, which a page sets by its byline
    /// (`6 minute read`, `Tempo de leitura: 2 minutos`): no text of the post.
    static let readingTimes = ["min read", "minute read", "minutes read", "reading time", "read time", "tempo de leitura",
                               "lesezeit", "lesedauer", "temps de lecture", "tiempo de lectura", "tempo di lettura",
                               "время чтения", "読了時間"]

    /// The notice that the rest is for subscribers (`［有料会員限定］ この記事は
    /// 会員限定です。`): what is above it is the article's opening only.
    static func isPaywall(_ line: String) -> Bool {
        let lower = line.lowercased().drop { !$0.isLetter }
        return ["有料会員限定", "この記事は会員限定です", "subscribe to continue reading"].contains { lower.hasPrefix($0) }
    }

    static func isReadingTime(_ line: String) -> Bool {
        // Seven words at the most: a paragraph is not lowered and split to see.
        guard line.utf8.count <= 120, line.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return false }
        let lower = line.lowercased()
        return line.split(separator: " ").count <= 7 && readingTimes.contains { lower.firstRange(of: $0) != nil }
    }

    /// A picture's credit: `Photo by Ada on Unsplash`, `Bild: Reuters`.
    static let creditLabels = ["photo by ", "photo: ", "photos: ", "photograph by ", "photograph: ", "image by ", "image: ",
                               "credit: ", "foto: ", "fotos: ", "bild: ", "photo : ", "crédit photo", "фото: "]

    static func isCredit(_ line: String) -> Bool {
        guard line.utf8.count <= 120 else { return false }
        let lower = line.lowercased()
        return creditLabels.contains { lower.hasPrefix($0) }
    }

    /// Buttons to share a post or follow its site.
    static let services: Set<String> = ["facebook", "twitter", "pinterest", "pint", "pin", "reddit", "email", "e-mail",
                                        "linkedin", "whatsapp", "mix", "flipboard", "print", "tumblr", "telegram",
                                        "pocket", "skype", "google+", "more", "share", "messenger", "yummly", "vk",
                                        "line", "tweet", "buffer", "baixar", "download", "instagram", "youtube", "rss",
                                        "mail", "sms", "copy", "link", "0", "shares", "twittear", "enviar", "imprimir",
                                        "compartir", "tuenti", "menéame", "eskup"]

    /// A line of buttons: `Whatsapp Facebook Pint Baixar`, `Pinterest`,
    /// `Share this on WhatsApp` (the little words between them count for neither).
    static func isButtons(_ text: String) -> Bool {
        // Twelve words of buttons at the most: a paragraph is not split to see.
        guard text.utf8.count <= 200 else { return false }
        let words = text.lowercased().split(separator: " ").map { $0.trimming(\.isPunctuation) }
            .filter { !["this", "on", "via", "with", "it", "the", "us", "en", "a", ""].contains($0) }
        guard !words.isEmpty, words.count <= 12 else { return false }
        return words.filter { services.contains($0) }.count * 2 > words.count
    }

    /// What a page asks of its reader after an article: to subscribe, to
    /// send something in, to enter a draw.
    static let callsToAction = ["sign up", "subscribe", "click here", "submit it here", "enter for a chance", "enter to win",
                                "newsletter", "jetzt abonnieren", "abonnez-vous", "iscriviti", "inscreva-se", "suscríbete",
                                "подпишитесь"]

    /// A short paragraph that asks for one of those.
    static func isCallToAction(_ text: String) -> Bool {
        guard text.utf8.count <= 300 else { return false }
        let lower = text.lowercased()
        return callsToAction.contains { lower.contains($0) }
    }

    /// What a page sets after the article: other posts to read.
    static let asides = ["related", "you may also like", "you might also like", "more from", "recent posts", "popular posts",
                         "read next", "read these next", "こちらの記事", "関連記事", "関連する投稿", "artigos relacionados",
                         "posts relacionados", "você pode gostar", "você também pode gostar", "articoli correlati",
                         "potrebbe interessarti", "ähnliche beiträge", "verwandte artikel", "das könnte dich auch interessieren",
                         "articles similaires", "vous aimerez aussi", "artículos relacionados", "te puede interesar",
                         "artikel terkait", "похожие записи", "читайте также", "вам также может быть интересно"]

    /// The heading of a box of links set inside an article, which goes on
    /// under it (`More on Slate Book Review` / `1. How to Turn…`).
    static let insets = ["more on ", "see also"]

    static func startsInset(_ line: String) -> Bool {
        let lower = line.lowercased()
        return line.split(separator: " ").count <= 6 && insets.contains { lower.hasPrefix($0) }
    }

    /// The heading of a list of other posts (`Related`, `関連記事`).
    static func startsAside(_ line: String) -> Bool {
        let lower = line.lowercased()
        return line.split(separator: " ").count <= 6 && asides.contains { lower.hasPrefix($0) }
    }

    static let commentWords: Set<String> = ["comment", "comments", "comment(s)", "kommentar", "kommentare", "commento",
                                            "commenti", "comentário", "comentários", "comentario", "comentarios",
                                            "commentaire", "commentaires", "komentar", "tanggapan", "reactie",
                                            "reacties", "kommentarer", "комментарий", "комментарии", "комментария", "комментариев",
                                            "responses", "response", "replies", "thoughts", "thought"]

    static func isCommentWord(_ word: String) -> Bool {
        var w = Substring(word)
        while let l = w.last, !l.isLetter && l != ")" { w.removeLast() }
        return commentWords.contains(String(w))
    }

    /// "No comments" and its kin: a count of none.
    static let noneWords: Set<String> = ["no", "keine", "aucun", "nessun", "sem", "sin", "nenhum", "geen", "belum", "нет"]
    /// "One response", "Satu Tanggapan": a count of one.
    static let oneWords: Set<String> = ["one", "ein", "eine", "un", "une", "uno", "um", "uma", "satu", "één", "en", "ett"]

    /// The comment count a line gives at its start: `12 Comments`,
    /// `3 thoughts on “Title”`, `No comments`, `One response`, `Comments (4)`.
    static func commentCount(_ line: String) -> Int? {
        guard line.utf8.count <= PageLines.judgedLength else { return nil }
        let words = line.lowercased().split(separator: " ").map(String.init)
        // `10 thoughts on “A title of any length”`
        let aboutTitle = words.count > 3 && ["on", "to", "zu", "su", "sur", "em"].contains(words[2])
        guard words.count >= 1, words.count <= (aboutTitle ? 40 : 12) else { return nil }
        if words.count == 1 || !isCommentWord(words[1]) {
            // `Comments (4)`, `コメント(2)`
            if isCommentWord(words[0]) || words[0].hasPrefix("コメント") {
                let digits = line.filter { $0.isASCII && $0.isNumber }
                if line.contains("("), let n = Int(digits), digits.count <= 6 { return n }
            }
            return nil
        }
        if let n = DateText.number(words[0], digits: 1...6) { return n }
        if noneWords.contains(words[0]) { return 0 }
        if oneWords.contains(words[0]) { return 1 }
        return nil
    }
}
