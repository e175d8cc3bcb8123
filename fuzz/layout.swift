// libFuzzer target for text on screen: sanitising, display width, wrapping,
// fitting and the article layout. Whatever the text, no cell may hold a
// control or format character, and no row may be wider than asked.
// Built by fuzz/run.sh with -sanitize=fuzzer,address; given files instead of
// a corpus directory, the binary replays them.

import FolioModel
import FolioReader
import Foundation

func check(_ bytes: [UInt8]) {
    guard let width = bytes.first.map({ Int($0 % 120) + 1 }) else { return }
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    TextWidth.setUpLocale()
    let cells = Layout.cells(text)
    for cell in cells {
        precondition(!cell.text.unicodeScalars.contains { Invisible.isControlOrFormat($0) && $0 != "\u{200D}" },
                     "a control character reached a cell")
        precondition(cell.width >= 1 || cell.text.isEmpty, "a cell of no width")
    }
    for line in Layout.wrap(cells, width: width) {
        precondition(Layout.width(line) <= width || line.count == 1, "a wrapped line wider than \(width)")
    }
    precondition(Layout.width(Layout.fit(cells, width: width)) <= width, "a fitted line wider than \(width)")
    precondition(VisibleText.clean(text).unicodeScalars.allSatisfy { !Invisible.isControlOrFormat($0) || $0 == "\u{200D}" })
    guard let date = CalendarDate(year: 2014, month: 10, day: 20) else { return }
    let post = Post(title: text, author: text, date: date, comments: 3, summary: nil,
                    body: [Block(.paragraph, text), Block(.pullquote, text)],
                    source: SourceLocation(file: "fuzz", line: 1))
    let article = ArticleText(post: post, width: width, highlight: SearchNeedle(String(text.prefix(3))))
    precondition(article.rows.count == article.parts.count)
    for row in article.rows {
        precondition(Layout.width(row) <= max(width, 5), "an article row wider than \(width)")
    }
    var screen = Screen(width: width, height: 3)
    screen.put(cells, y: 1, x: width / 3)
    precondition(screen.rows.allSatisfy { Layout.width($0) == width }, "a screen row of the wrong width")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}
