import CFolioTerminal
import FolioReader

/// How each role looks: attributes everywhere, colours (on the terminal's
/// own background, from its own palette) where the terminal has them and
/// the person wants them.
struct Palette {
    private var pairs: [Role: Int16] = [:]

    init(colors: Bool) {
        guard colors else { return }
        start_color()
        use_default_colors()
        let foreground: [(Role, Int32)] = [
            (.byline, COLOR_CYAN), (.quote, COLOR_GREEN), (.quoteMark, COLOR_GREEN),
            (.standIn, COLOR_RED), (.teaser, COLOR_YELLOW), (.match, COLOR_YELLOW),
            (.border, COLOR_BLUE), (.message, COLOR_YELLOW), (.code, COLOR_MAGENTA), (.link, COLOR_BLUE),
        ]
        for (n, (role, color)) in foreground.enumerated() {
            let pair = Int16(n + 1)
            init_pair(pair, Int16(color), -1)
            pairs[role] = pair
        }
    }

    func look(_ style: Style) -> (attr_t, Int16) {
        var attributes: attr_t
        switch style.role {
        case .normal, .help: attributes = 0
        case .header: attributes = FOLIO_A_REVERSE | FOLIO_A_BOLD
        case .status: attributes = FOLIO_A_REVERSE
        case .title, .unread, .message: attributes = FOLIO_A_BOLD
        case .byline, .border, .teaser: attributes = 0
        case .quote: attributes = FOLIO_A_ITALIC
        case .quoteMark: attributes = FOLIO_A_BOLD
        case .dim: attributes = FOLIO_A_DIM
        case .link: attributes = FOLIO_A_UNDERLINE
        case .code: attributes = 0
        case .standIn: attributes = FOLIO_A_REVERSE
        case .match: attributes = FOLIO_A_REVERSE | FOLIO_A_BOLD
        }
        if style.selected { attributes ^= FOLIO_A_REVERSE }
        return (attributes, pairs[style.role] ?? 0)
    }
}
