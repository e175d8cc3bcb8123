import CFolioTerminal
import FolioReader

/// How each role looks, as the colour scheme says: attributes everywhere,
/// colours where the terminal has them and the person wants them (on the
/// terminal's own background and from its own palette unless the config
/// file names others; a colour the terminal lacks is drawn as its nearest).
struct Palette {
    private var looks: [Role: (attr_t, Int16)] = [:]

    init(colors: Bool, scheme: ColorScheme) {
        if colors {
            start_color()
            use_default_colors()
        }
        let attributes: [Attribute: attr_t] = [.bold: FOLIO_A_BOLD, .dim: FOLIO_A_DIM, .italic: FOLIO_A_ITALIC,
                                               .underline: FOLIO_A_UNDERLINE, .reverse: FOLIO_A_REVERSE]
        var pairs = 0
        for role in Role.allCases {
            let look = scheme.look(role)
            var pair: Int16 = 0
            let (fg, bg) = (look.foreground.number(in: Int(folio_colors())), look.background.number(in: Int(folio_colors())))
            if colors, fg != nil || bg != nil, pairs + 1 < Int(folio_color_pairs()) {
                pairs += 1
                pair = Int16(pairs)
                init_pair(pair, Int16(fg ?? -1), Int16(bg ?? -1))
            }
            looks[role] = (look.attributes.reduce(0) { $0 | (attributes[$1] ?? 0) }, pair)
        }
    }

    func look(_ style: Style) -> (attr_t, Int16) {
        var (attributes, pair) = looks[style.role] ?? (0, 0)
        if style.selected { attributes ^= FOLIO_A_REVERSE }
        return (attributes, pair)
    }
}
