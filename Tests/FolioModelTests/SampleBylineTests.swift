import Foundation
import Testing
@testable import FolioModel

/// The sample's byline read on its bytes gives what `Byline.read` gives,
/// or leaves the line to it.
@Suite struct SampleBylines {
    static func fast(_ line: String) -> Byline? {
        var reader = SampleByline()
        return Array(line.utf8).withUnsafeBufferPointer { reader.read($0)?.byline }
    }

    static func slow(_ line: String) -> Byline? {
        guard case .byline(let byline)? = Byline.read(line, allowUnmarked: false) else { return nil }
        return byline
    }

    @Test func everyMonthAndWeekdayWithAndWithoutCommentsIsReadAsByWords() {
        let authors = ["Judy Dempsey", "Zoë O’Neill", "Chloé 王", "Ulrich Speck", "Misha Glenny", "Tomáš Dvořák", "Li Nakamura"]
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December"]
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var read = 0
        for (n, month) in months.enumerated() {
            for day in [1, 9, 10, 28] {
                for weekday in [nil] + weekdays {
                    for comments in [nil, 0, 7, 123_456_789] {
                        let author = authors[(n + day) % authors.count]
                        let line = "Posted by: \(author) " + (weekday.map { "\($0), " } ?? "") + "\(month) \(day), 2014"
                            + (comments.map { " \($0)" } ?? "")
                        let fast = Self.fast(line)
                        #expect(fast != nil, "\(line)")
                        #expect(fast == Self.slow(line), "\(line)")
                        if fast != nil { read += 1 }
                    }
                }
            }
        }
        #expect(read == 12 * 4 * 8 * 4)
    }

    /// Lines of other shapes, and authors that the words would read
    /// otherwise, are left to `Byline.read`: the fast reading never differs.
    @Test(arguments: [
        "Posted by: Ann Author February 30, 2014",          // no such day
        "Posted by: Ann Author Thu, October 23, 2014",       // an abbreviated weekday
        "Posted by: Ann Author Thursday October 23, 2014",   // no comma after it
        "Posted by: Ann  Author October 23, 2014",           // two spaces
        "Posted by: Ann Author October 23 2014",             // no comma after the day
        "Posted by: Ann Author October 23, 14",              // a short year
        "Posted by: Ann Author October 23, 2014 2 comments",
        "Posted by: R2 D2 October 23, 2014",                 // figures in the name
        "Posted by: Robinson Friday October 23, 2014",       // a weekday ends the name
        "Posted by: Ann May October 23, 2014",
        "Posted by: Smith, John October 23, 2014 4",
        "Posted by: Ann Author | October 23, 2014",
        "Posted by: Ann AuthorOctober 23, 2014",             // run into the month
        "Posted by: Ann Author - October 23, 2014 3",
        "Posted by: October 23, 2014",                       // no author
        "Posted by:  Ann Author October 23, 2014",
        "posted by: Ann Author October 23, 2014",
        "Posted by: Ann Author October 23, 2014 1234567890",
        "Posted by: Ann Author Sunday, October 23, 2014 2014",
    ])
    func otherLinesAreReadAsByWords(line: String) {
        if let fast = Self.fast(line) { #expect(fast == Self.slow(line)) }
    }

    /// The author is folded once for all its posts, as each post's own
    /// identity would fold it, however often and wherever it signs.
    @Test func theFoldedAuthorIsTheAuthorFolded() {
        var reader = SampleByline()
        for author in ["Judy Dempsey", "ZOË O’NEILL", "Chloé 王", "Tomáš Dvořák", "Judy Dempsey", "ZOË O’NEILL"] {
            let read = Array("Posted by: \(author) October 1, 2014 3".utf8).withUnsafeBufferPointer { reader.read($0) }
            #expect(read?.byline.author == author)
            #expect(read?.foldedAuthor == SearchKey.fold(author))
            #expect(read?.foldedAuthor != author)
        }
    }
}
