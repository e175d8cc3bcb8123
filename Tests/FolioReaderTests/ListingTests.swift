import FolioModel
import Testing
@testable import FolioReader

@Suite struct Listings {
    static let posts = [
        Post(title: "Title one", author: "北京 Reporter", date: CalendarDate(year: 2014, month: 10, day: 1), comments: 12,
             source: SourceLocation(file: "t", line: 1)),
        Post(title: "Evil \u{1B} title", author: "Ann", date: CalendarDate(year: 2014, month: 10, day: 2),
             source: SourceLocation(file: "t", line: 2)),
        Post(title: "Undated", author: nil, date: nil, comments: 3, source: SourceLocation(file: "t", line: 3)),
    ]

    /// Columns by display width (a CJK name is two columns a character),
    /// counts to the right, stand-ins for controls, and `-` for what a post lacks.
    @Test func aListingLinesUpItsColumns() {
        #expect(PlainOutput.list(Self.posts) == """
            2014-10-01  北京 Reporter  12  Title one
            2014-10-02  Ann             -  Evil ^[ title
            -           -               3  Undated

            """)
    }

    /// Made a range of posts at a time (as on two cores), the lines are
    /// those of the whole, in its columns.
    @Test func linesMadeInRangesAreTheListing() {
        let listing = PlainOutput.Listing(Self.posts)
        var pieces: [UInt8] = []
        for range in [0..<1, 1..<1, 1..<3] { listing.lines(Self.posts, range, marks: { $0.comments == nil ? "N" : " " }) { pieces += $0 } }
        let whole = PlainOutput.list(Self.posts) { $0.comments == nil ? "N" : " " }
        #expect(String(decoding: pieces, as: UTF8.self) == whole)
        // Its columns measured in parts (the widest author is in the first, the widest count in the last).
        let joined = PlainOutput.Listing(joining: [PlainOutput.Listing(Self.posts, 0..<1), PlainOutput.Listing(Self.posts, 1..<3)])
        pieces = []
        joined.lines(Self.posts, 0..<3, marks: { $0.comments == nil ? "N" : " " }) { pieces += $0 }
        #expect(String(decoding: pieces, as: UTF8.self) == whole)
        #expect(whole.split(separator: "\n").map { $0.prefix(2) } == ["  ", "N ", "  "])
    }

    /// Counts are written digit by digit, as `String` writes them, and
    /// their column is as wide as the widest.
    @Test func countsPrintAsTheirDecimals() {
        for n in [0, 7, 9, 10, 99, 100, 12_345, 1_000_000_007, -1, -40, Int.max, Int.min] {
            var out: [UInt8] = []
            PlainOutput.writeDecimal(n, into: &out)
            #expect(String(decoding: out, as: UTF8.self) == "\(n)")
            #expect(PlainOutput.digits(n) == "\(n)".count)
        }
        let posts = [7, 12_345].map { Post(title: "T", author: "A", date: nil, comments: $0, source: SourceLocation(file: "t", line: 1)) }
        #expect(PlainOutput.list(posts) == "-           A      7  T\n-           A  12345  T\n")
    }
}

/// The index's columns are measured once for the posts shown (at every
/// frame they took 3-4 ms of a key on a large archive), and again when
/// the posts shown change.
@Suite struct IndexColumns {
    @Test func theAuthorColumnFollowsThePostsShown() {
        var state = ReaderState(corpus: Corpus(captures: [Capture(posts: Listings.posts)]), width: 100, height: 20)
        /// The cells between Ann's name and her post's title, on her row of the index.
        func titleColumn(_ state: ReaderState) -> Int? {
            for y in 0..<20 {
                let line = state.screen.line(y)
                if let author = line.range(of: "Ann "), let title = line.range(of: "Evil", range: author.upperBound..<line.endIndex) {
                    return line.distance(from: author.upperBound, to: title.lowerBound)
                }
            }
            return nil
        }
        let wide = titleColumn(state)
        #expect(wide != nil)
        // Searched down to Ann's post alone: her three cells, not 北京 Reporter's thirteen.
        state = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(state, .character("/")), "Evil"), .enter)
        #expect(state.query.shown.count == 1)
        let narrow = titleColumn(state)
        #expect(narrow != nil && wide != nil && narrow! < wide!)
    }
}
