import FoundationEssentials
import FolioModel
import Glibc

/// What a person can set in the config file: the keys, the colours, the
/// layout, how reading marks posts, and the mouse. The defaults are
/// folio's own; `folio --print-config` writes them out.
public struct ReaderSettings: Equatable, Sendable {
    public var keymap = Keymap.standard
    public var colors = ColorScheme.standard
    /// Side by side from this many columns; stacked below.
    public var sideBySideWidth = 120
    /// The share of the rows the index takes when stacked, in percent.
    public var indexShare = 40
    /// The widest line of article text.
    public var measure = 80
    /// Whether the text read full screen is centred (else at the left margin).
    public var centered = true
    public var dateFormat = DateFormat.automatic
    /// Seconds a post stays on screen before it counts as read.
    public var readAfter = 1.0
    /// Whether a post passed over in the index (selected, then left) counts as read.
    public var markPassed = false
    /// Whether Space at the end of an article goes on to the next post.
    public var spaceGoesOn = true
    /// Off, as in less, mutt and newsboat: the terminal's own selection and copy work.
    public var mouse = false
    /// Links as OSC 8 hyperlinks, which terminals that know them make clickable.
    public var hyperlinks = true
    /// `y` copies with OSC 52: off unless the config says, since terminals differ.
    public var copyWithOSC52 = false
    /// Where `w` proposes to write a post: the command line sets it (~/Downloads, else here).
    public var saveFolder = "."

    /// The index's dates: `2014-10-24`, `Oct 24`, or the one that fits.
    public enum DateFormat: String, CaseIterable, Sendable {
        case automatic = "auto", iso, short
    }

    public init() {}
}

/// How each role on screen looks: colours on the terminal's own background
/// from its own palette by default, and attributes.
public struct ColorScheme: Equatable, Sendable {
    public var looks: [Role: Look]

    public static let standard = ColorScheme(looks: [
        .normal: Look(), .help: Look(),
        .header: Look(attributes: [.reverse, .bold]), .status: Look(attributes: [.reverse]),
        .title: Look(attributes: [.bold]), .unread: Look(attributes: [.bold]),
        .message: Look(foreground: .named(.yellow), attributes: [.bold]),
        .byline: Look(foreground: .named(.cyan)), .border: Look(foreground: .named(.blue)),
        .teaser: Look(foreground: .named(.yellow)), .quote: Look(foreground: .named(.green), attributes: [.italic]),
        .quoteMark: Look(foreground: .named(.green), attributes: [.bold]), .dim: Look(attributes: [.dim]),
        .link: Look(foreground: .named(.blue), attributes: [.underline]), .code: Look(foreground: .named(.magenta)),
        .standIn: Look(foreground: .named(.red), attributes: [.reverse]),
        .match: Look(foreground: .named(.yellow), attributes: [.reverse, .bold]),
    ])

    public func look(_ role: Role) -> Look { looks[role] ?? Look() }
}

public struct Look: Equatable, Sendable {
    public var foreground = Color.default
    public var background = Color.default
    public var attributes: Set<Attribute> = []

    public init(foreground: Color = .default, background: Color = .default, attributes: Set<Attribute> = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

public enum Attribute: String, CaseIterable, Sendable {
    case bold, dim, italic, underline, reverse
}

/// A colour as the config file names it: the terminal's own default, one
/// of the eight names, a number of the 256-colour palette, or `#rrggbb`
/// (drawn as the nearest the terminal has).
public enum Color: Equatable, Hashable, Sendable {
    case `default`
    case named(Name)
    case indexed(Int)
    case rgb(Int, Int, Int)

    public enum Name: String, CaseIterable, Sendable {
        case black, red, green, yellow, blue, magenta, cyan, white
    }

    public init?(name: String) {
        let lower = name.lowercased()
        if lower == "default" {
            self = .default
        } else if let named = Name(rawValue: lower) {
            self = .named(named)
        } else if let n = Int(lower), (0...255).contains(n) {
            self = .indexed(n)
        } else if lower.hasPrefix("#"), lower.count == 7, let value = Int(lower.dropFirst(), radix: 16) {
            self = .rgb(value >> 16, value >> 8 & 0xFF, value & 0xFF)
        } else {
            return nil
        }
    }

    public var name: String {
        switch self {
        case .default: "default"
        case .named(let name): name.rawValue
        case .indexed(let n): String(n)
        case .rgb(let r, let g, let b): "#" + [r, g, b].map { Digits.padded(Int($0), width: 2, radix: 16) }.joined()
        }
    }

    /// The nearest of a palette of `colors` (8, 16 or 256): its number, or
    /// nil for the terminal's default.
    public func number(in colors: Int) -> Int? {
        switch self {
        case .default: return nil
        case .named(let name): return Name.allCases.firstIndex(of: name)
        case .indexed(let n): return colors >= 256 || n < colors ? n : Color.rgb(Color.rgbOf(n)).number(in: colors)
        case .rgb(let r, let g, let b):
            let candidates = colors >= 256 ? Array(16..<256) : Array(0..<min(colors, 8))
            return candidates.min { x, y in Color.distance(Color.rgbOf(x), (r, g, b)) < Color.distance(Color.rgbOf(y), (r, g, b)) }
        }
    }

    static func rgb(_ c: (Int, Int, Int)) -> Color { .rgb(c.0, c.1, c.2) }

    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        (a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1) + (a.2 - b.2) * (a.2 - b.2)
    }

    /// xterm's palette: eight colours, their bright forms, a 6x6x6 cube, a grey ramp.
    static func rgbOf(_ n: Int) -> (Int, Int, Int) {
        let basic = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
                     (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
                     (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        if n < 16 { return basic[n] }
        if n < 232 {
            let level = [0, 95, 135, 175, 215, 255]
            let k = n - 16
            return (level[k / 36], level[k / 6 % 6], level[k % 6])
        }
        let grey = 8 + (n - 232) * 10
        return (grey, grey, grey)
    }
}
