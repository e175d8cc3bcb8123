import Testing
@testable import FolioModel
@testable import FolioReader

@Suite struct ReadMarksInTheReader {
    /// Started, and a key pressed (Tab twice leaves the index focused): the
    /// person is at the screen.
    let start = ReaderFixtures.press(ReaderFixtures.state(width: 100, height: 30), .tick(1000), .tab, .tab)

    @Test func thePostOnScreenAtStartIsNotReadUntilAKeyIsPressed() {
        var state = ReaderFixtures.press(ReaderFixtures.state(width: 100, height: 30), .tick(1000), .tick(1005), .tick(1060))
        #expect(!state.isRead(state.query.shown[0]))
        #expect(state.unreadCount == 20)
        // A key: the second counts from it, not from the start.
        state = ReaderFixtures.press(state, .tab, .tick(1060.5))
        #expect(!state.isRead(state.query.shown[0]))
        state = ReaderFixtures.press(state, .tick(1061.1))
        #expect(state.isRead(state.query.shown[0]))
    }

    @Test func unreadThenReadFullScreenIsReadAgainAfterTheDelay() {
        var state = ReaderFixtures.press(start, .tick(1001.5))
        #expect(state.isRead(state.query.shown[0]))
        state = ReaderFixtures.press(state, .character("r"), .tick(1010))
        #expect(!state.isRead(state.query.shown[0]))
        state = ReaderFixtures.press(state, .enter, .tick(1010.5))
        #expect(!state.isRead(state.query.shown[0]))
        state = ReaderFixtures.press(state, .tick(1011.1))
        #expect(state.isRead(state.query.shown[0]))
    }

    @Test func aPostShownForASecondIsReadAndPassingOverMarksNothing() {
        var state = ReaderFixtures.press(start, .tick(1000.5))
        #expect(!state.isRead(state.current!))
        state = ReaderFixtures.press(state, .tick(1001.0))
        #expect(state.isRead(state.query.shown[0]))
        // Holding j: a key every 30 ms, ticks between them.
        var t = 1001.0
        for _ in 0..<10 {
            t += 0.03
            state = ReaderFixtures.press(state, .character("j"), .tick(t))
        }
        #expect(state.query.shown[1...10].allSatisfy { !state.isRead($0) })
        state = ReaderFixtures.press(state, .tick(t + 1.1))
        #expect(state.isRead(state.query.shown[10]))
        #expect(state.unreadCount == 18)
        #expect(state.screen.line(0).contains("18 unread"))
    }

    @Test func scrollingToTheEndMarksRead() {
        let state = ReaderFixtures.press(start, .tab, .character("G"))
        #expect(state.isRead(state.query.shown[0]))
    }

    @Test func rTogglesAndTimeDoesNotUndoIt() {
        var state = ReaderFixtures.press(start, .tick(1002))
        #expect(state.isRead(state.query.shown[0]))
        state = ReaderFixtures.press(state, .character("r"), .tick(1010))
        #expect(!state.isRead(state.query.shown[0]))
        #expect(state.status.message == "Marked unread")
        state = ReaderFixtures.press(state, .character("r"))
        #expect(state.isRead(state.query.shown[0]))
    }

    @Test func rOnMoreThanAScreenOfPostsAsksFirstAndZUndoesIt() {
        let asked = ReaderFixtures.press(start, .character("R"))
        #expect(asked.overlay == .confirmMarkAll(count: 20))
        #expect(asked.screen.line(29).contains("Mark 20 posts read? y/n"))
        let declined = ReaderFixtures.press(asked, .character("n"))
        #expect(declined.unreadCount == 20)
        #expect(declined.status.message == "Nothing marked")
        let all = ReaderFixtures.press(asked, .character("y"))
        #expect(all.unreadCount == 0)
        #expect(all.status.message == "Marked 20 posts read (z undoes)")
        let undone = ReaderFixtures.press(all, .character("z"))
        #expect(undone.unreadCount == 20)
        #expect(undone.status.message == "Undone: 20 posts as before")
        // A screenful or fewer is marked at once: a search for Dempsey's posts in the tall index.
        let few = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(ReaderState(corpus: ReaderFixtures.sample,
            width: 100, height: 60), .character("/")), "dempsey"), .enter, .character("R"))
        #expect(few.overlay == .none)
        #expect(few.status.message == "Marked 10 posts read (z undoes)")
        // z after r: the post is as it was, and time does not read it again while shown.
        var one = ReaderFixtures.press(start, .tick(1001.5))
        #expect(one.isRead(one.query.shown[0]))
        one = ReaderFixtures.press(one, .character("r"), .character("z"), .tick(1005))
        #expect(one.isRead(one.query.shown[0]))
        #expect(ReaderFixtures.press(one, .character("z")).status.message == "No mark change to undo")
    }

    @Test func tShowsOnlyUnreadPostsAndAPostReadMeanwhileStays() {
        var state = ReaderFixtures.press(start, .tick(1001.5), .character("j"), .character("t"))
        #expect(state.query.shown.count == 19)
        #expect(state.status.message == "Only unread posts")
        #expect(state.screen.line(0).contains("only unread"))
        #expect(state.current?.title == "Whatever Happened to the End of History?")
        // Read while only unread are shown: it stays until t again.
        state = ReaderFixtures.press(state, .tick(1003))
        #expect(state.isRead(state.current!))
        state = ReaderFixtures.press(state, .character("j"), .tick(1005), .character("/"))
        state = ReaderFixtures.press(ReaderFixtures.type(state, "judy"), .enter)
        #expect(state.query.shown.allSatisfy { $0.author == "Judy Dempsey" || $0.title.contains("Judy") })
        state = ReaderFixtures.press(state, .escape, .character("t"), .character("t"))
        #expect(state.query.shown.count == 17)
        state = ReaderFixtures.press(state, .character("t"))
        #expect(state.query.shown.count == 20)
        #expect(state.status.message == "All posts")
        // Nothing unread: the index says so.
        let none = ReaderFixtures.press(start, .character("R"), .character("y"), .character("t"))
        #expect(none.status.message == "No unread posts")
        #expect(none.screen.line(1).contains("No unread posts."))
        // --unread starts so.
        let started = ReaderState(corpus: ReaderFixtures.sample, unreadOnly: true, width: 100, height: 30, marks: state.marking.marks)
        #expect(started.query.shown.count == 17)
        #expect(started.screen.line(0).contains("only unread"))
    }

    @Test func unreadPostsStandOutInTheIndex() {
        let state = ReaderFixtures.press(start, .tick(1001.5), .character("j"))
        let read = state.screen.rows[1]
        let unread = state.screen.rows[3]
        #expect(read[0].text == " ")
        #expect(unread[0].text == "N")
        #expect(unread.contains { $0.style.role == .unread && $0.text == "J" })
    }

    @Test func eachPostReopensWhereItWasLeft() {
        var state = ReaderFixtures.press(start, .enter, .character(" "), .character(" "))
        let part = state.partAtTop
        #expect(part > 2)
        state = ReaderFixtures.press(state, .character("J"), .character("K"))
        #expect(state.cursor.selected == 0)
        #expect(state.partAtTop == part)
        #expect(state.article!.parts[state.scroll.articleTop - 1] != part || state.scroll.articleTop == 0)
    }

    @Test func marksThatArriveAfterTheFirstScreenTakeItToThePlaceLeft() {
        var earlier = ReadMarks()
        let target = ReaderFixtures.sample.posts[7]
        earlier.set(target.stableID, read: true, part: 0, at: 10)
        earlier.set(ReaderFixtures.sample.posts[2].stableID, read: true, at: 10)
        earlier.places["k"] = ReadMarks.Place(post: target.stableID, part: 0, at: 10)
        let fresh = ReaderState(corpus: ReaderFixtures.sample, width: 100, height: 30, corpusKey: "k")
        #expect(fresh.unreadCount == 20)
        let arrived = ReaderFixtures.press(fresh, .marksArrived(earlier))
        #expect(arrived.current?.title == target.title)
        #expect(arrived.unreadCount == 18)
        // Moved already: the person's place wins; a mark made meanwhile is kept.
        let moved = ReaderFixtures.press(fresh, .character("j"), .character("r"), .marksArrived(earlier))
        #expect(moved.cursor.selected == 1)
        #expect(moved.isRead(moved.query.shown[1]) && moved.unreadCount == 17)
        // Only unread: worked out again with the marks.
        let unread = ReaderFixtures.press(ReaderState(corpus: ReaderFixtures.sample, unreadOnly: true, width: 100, height: 30),
                                          .marksArrived(earlier))
        #expect(unread.query.shown.count == 18)
    }

    @Test func startsWhereThePersonLeftOffWithThisCorpus() {
        var state = ReaderFixtures.press(start, .character("j"), .character("j"), .character("j"), .tick(1003))
        // Scrolled a line (Space at the end of this short article would go on to the next).
        state = ReaderFixtures.press(state, .tab, .character("j"))
        let marks = state.marking.marks
        let part = state.partAtTop
        let again = ReaderState(corpus: ReaderFixtures.sample, width: 100, height: 30, marks: marks, corpusKey: "")
        #expect(again.cursor.selected == 3)
        #expect(again.partAtTop == part)
        #expect(again.isRead(again.query.shown[3]))
        let elsewhere = ReaderState(corpus: ReaderFixtures.sample, width: 100, height: 30, marks: marks, corpusKey: "other")
        #expect(elsewhere.cursor.selected == 0)
    }
}

@Suite struct ArchiveArrivingLater {
    /// The first three posts, then the whole sample, as a large archive arrives.
    func firstPart() -> ReaderState {
        var corpus = Corpus()
        for post in ReaderFixtures.sample.posts.prefix(3) { corpus.add(post) }
        return ReaderState(corpus: corpus, width: 100, height: 30, loading: true)
    }

    @Test func theSelectedPostStaysSelectedWhenTheRestArrives() {
        var state = ReaderFixtures.press(firstPart(), .character("j"))
        #expect(state.screen.line(0).contains("reading the rest"))
        state.grow(CorpusSoFar(ReaderFixtures.sample))
        #expect(state.query.shown.count == 20)
        #expect(state.cursor.selected == 1)
        #expect(!state.loading)
        #expect(!state.screen.line(0).contains("reading the rest"))
    }

    @Test func aSearchWithNoMatchYetSaysItIsStillSearching() {
        let state = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(firstPart(), .character("/")), "osce"), .enter)
        #expect(state.query.shown.isEmpty)
        #expect(state.screen.text.contains("Still searching…"))
        #expect(!state.screen.text.contains("No post"))
        #expect(state.status.message == "Still searching… (the rest is being read)")
        var whole = state
        _ = ReaderState.update(&whole, .arrived(CorpusSoFar(ReaderFixtures.sample)))
        whole = ReaderFixtures.press(whole)
        #expect(whole.query.shown.count == 1)
    }

    @Test func jGoesOnIntoWhatArrivesAndNothingMovesWhenItDoes() {
        var state = ReaderFixtures.press(firstPart(), .tick(1000), .character("j"), .tick(1000.1), .character("j"), .tick(1000.2))
        #expect(state.cursor.selected == 2)
        state = ReaderFixtures.press(state, .character("j"))
        #expect(state.status.message == "The rest is still being read: j goes on when it is in")
        let top = state.cursor.indexTop
        state = ReaderFixtures.press(state, .arrived(CorpusSoFar(ReaderFixtures.sample)))
        // The j pressed at the end of what was in goes on to the post it asked for;
        // the posts above it stay where they were.
        #expect(state.cursor.selected == 3)
        #expect(state.current?.title == ReaderFixtures.sample.posts[3].title)
        #expect(state.cursor.indexTop == top)
        state = ReaderFixtures.press(state, .character("j"))
        #expect(state.cursor.selected == 4)
        // Passed over on the way: not read.
        #expect(!state.isRead(state.query.shown[0]) && !state.isRead(state.query.shown[1]))
    }

    /// The archive's end is read just after the first screen: `G` pressed
    /// before it came goes on to its last post when it comes, one pressed
    /// after goes there at once, and until `G` the index is the start alone.
    @Test func gGoesToTheArchivesEndWhetherItCameBeforeOrAfter() {
        let end = Array(ReaderFixtures.sample.posts.suffix(2))
        var early = ReaderFixtures.press(firstPart(), .character("G"))
        #expect(early.cursor.selected == 2)
        early = ReaderFixtures.press(early, .tailArrived(end))
        #expect(early.current?.title == end.last?.title)
        #expect(early.query.shown.count == 5)
        #expect(early.screen.text.contains(end.last!.title))

        var late = ReaderFixtures.press(firstPart(), .tailArrived(end))
        #expect(late.query.shown.count == 3)
        #expect(late.cursor.selected == 0)
        late = ReaderFixtures.press(late, .character("G"))
        #expect(late.current?.title == end.last?.title)

        // Moved away from the end before it came: nothing moves when it does.
        let away = ReaderFixtures.press(firstPart(), .character("G"), .character("k"), .tailArrived(end))
        #expect(away.cursor.selected == 1)
        #expect(away.query.shown.count == 3)
        // Once the whole is in, the end read early is no longer needed.
        let whole = ReaderFixtures.press(away, .arrived(CorpusSoFar(ReaderFixtures.sample)), .tailArrived(end))
        #expect(whole.query.shown.count == ReaderFixtures.sample.posts.count)
        #expect(whole.library.tail.isEmpty)
    }

    /// The sample's posts arriving a few at a time, as the pieces of a large archive do.
    func pieces(_ counts: [Int]) -> [CorpusSoFar] {
        var corpus = Corpus()
        var taken = 0
        return counts.enumerated().map { n, count in
            for post in ReaderFixtures.sample.posts[taken..<(taken + count)] { corpus.add(post) }
            taken += count
            return CorpusSoFar(corpus, complete: n == counts.count - 1)
        }
    }

    @Test func manyJPressedAtOnceEndOnThePostTheyAskedForAsThePiecesArrive() {
        // Ten j at once, with three posts in: the tenth post below the first once it is in.
        var state = ReaderFixtures.type(firstPart(), String(repeating: "j", count: 10))
        #expect(state.cursor.selected == 2)
        let parts = pieces([3, 4, 6, 7])
        state = ReaderFixtures.press(state, .arrived(parts[1]))
        #expect(state.cursor.selected == 6)
        #expect(state.loading)
        state = ReaderFixtures.press(state, .arrived(parts[2]))
        #expect(state.cursor.selected == 10)
        #expect(state.current?.title == ReaderFixtures.sample.posts[10].title)
        // There now, it stays there as the rest comes.
        state = ReaderFixtures.press(state, .arrived(parts[3]))
        #expect(state.cursor.selected == 10)
        #expect(!state.loading)
        #expect(state.query.shown.map(\.title) == ReaderFixtures.sample.posts.map(\.title))
    }

    @Test func theUnreadCountIsCountedOnAsThePiecesArrive() {
        var marks = ReadMarks()
        for n in [1, 5, 12] { marks.set(ReaderFixtures.sample.posts[n].stableID, read: true, at: 1) }
        var corpus = Corpus()
        for post in ReaderFixtures.sample.posts.prefix(3) { corpus.add(post) }
        var state = ReaderState(corpus: corpus, width: 100, height: 30, marks: marks, loading: true)
        #expect(state.unreadCount == 2)
        for (part, unread) in zip(pieces([3, 4, 6, 7]).dropFirst(), [5, 10, 17]) {
            state = ReaderFixtures.press(state, .arrived(part))
            #expect(state.unreadCount == unread)
            #expect(state.unreadCount == state.query.shown.filter { !state.isRead($0) }.count)
        }
    }

    @Test func aSearchGoesOnIntoEachPieceAsItArrives() {
        let parts = pieces([3, 10, 7])
        // In posts further on, none among the first three.
        let word = "Turkey"
        let having = ReaderFixtures.sample.posts.indices.filter { PostFilter.matches(ReaderFixtures.sample.posts[$0], SearchNeedle(word)) }
        #expect(having.count >= 2 && having.allSatisfy { $0 >= 3 })
        var state = ReaderFixtures.press(ReaderFixtures.type(ReaderFixtures.press(firstPart(), .character("/")), word), .enter)
        #expect(state.query.shown.isEmpty)
        state = ReaderFixtures.press(state, .arrived(parts[1]))
        #expect(state.query.shown.map(\.title) == having.filter { $0 < 13 }.map { ReaderFixtures.sample.posts[$0].title })
        #expect(state.current?.title == ReaderFixtures.sample.posts[having[0]].title)
        state = ReaderFixtures.press(state, .arrived(parts[2]))
        #expect(state.query.shown.map(\.title) == having.map { ReaderFixtures.sample.posts[$0].title })
        #expect(state.current?.title == ReaderFixtures.sample.posts[having[0]].title)
    }

    @Test func piecesSortedAnotherWayAreMergedAsIfSortedWhole() {
        let parts = pieces([3, 5, 12])
        var state = ReaderFixtures.press(firstPart(), .character("s"))
        #expect(state.query.order == .author)
        let selected = state.current?.identity
        for part in parts.dropFirst() { state = ReaderFixtures.press(state, .arrived(part)) }
        #expect(state.query.shown.map(\.identity) == PostOrder.author.sorted(ReaderFixtures.sample.posts).map(\.identity))
        #expect(state.current?.identity == selected)
    }

    @Test func gBeforeTheRestArrivesEndsAtTheRealEnd() {
        var state = ReaderFixtures.press(firstPart(), .character("G"))
        state.grow(CorpusSoFar(ReaderFixtures.sample))
        #expect(state.cursor.selected == 19)
        #expect(state.current?.title == "NATO Stays Far Away From the Islamic State")
    }

    @Test func theRememberedPlaceIsFoundInTheRest() {
        var marks = ReadMarks()
        let target = ReaderFixtures.sample.posts[12]
        marks.places["k"] = ReadMarks.Place(post: target.stableID, part: 0, at: 1)
        var corpus = Corpus()
        for post in ReaderFixtures.sample.posts.prefix(3) { corpus.add(post) }
        var state = ReaderState(corpus: corpus, width: 100, height: 30, marks: marks, corpusKey: "k")
        #expect(state.cursor.selected == 0)
        // The loop's first events, the terminal's size and the time, are no move of the person's.
        state = ReaderFixtures.press(state, .resize(width: 120, height: 40), .tick(1000), .arrived(CorpusSoFar(ReaderFixtures.sample)))
        #expect(state.current?.title == target.title)
    }
}

/// The unread loop: u and U through what is unread, Space on through posts.
@Suite struct UnreadLoop {
    @Test func uGoesToTheNextUnreadPostAndSaysWhenThereIsNone() {
        var state = ReaderFixtures.state(width: 100, height: 30)
        // Posts 2 and 3 are read: u from the first goes to the fourth.
        state = ReaderFixtures.press(state, .character("j"), .character("r"), .character("j"), .character("r"),
                                     .character("g"), .character("r"))
        let next = ReaderFixtures.press(state, .character("u"))
        #expect(next.cursor.selected == 3)
        #expect(ReaderFixtures.press(next, .character("U")).status.message == "No earlier unread post")
        let allRead = ReaderFixtures.press(state, .character("R"), .character("y"), .character("u"))
        #expect(allRead.status.message == "No unread posts")
        #expect(ReaderFixtures.press(ReaderFixtures.state(), .enter, .character("u")).cursor.selected == 1)
    }

    @Test func spaceAtTheEndOfAnArticleGoesOnToTheNext() {
        let reading = ReaderFixtures.press(ReaderFixtures.state(width: 80, height: 12), .enter, .character("G"))
        #expect(reading.screen.line(11).contains("END  Space: next post"))
        let next = ReaderFixtures.press(reading, .character(" "))
        #expect(next.cursor.selected == 1 && next.scroll.articleTop == 0)
        // Not at the end: a page.
        #expect(ReaderFixtures.press(ReaderFixtures.state(width: 80, height: 12), .enter, .character(" ")).cursor.selected == 0)
        var stop = reading
        stop.settings.spaceGoesOn = false
        #expect(ReaderFixtures.press(stop, .character(" ")).cursor.selected == 0)
        #expect(!stop.screen.line(11).contains("Space: next post"))
    }
}

@Suite struct WideIndex {
    @Test func onAWideStackedScreenTheCommentCountStaysNextToItsTitle() {
        var state = ReaderFixtures.state(width: 220, height: 40)
        if state.geometry.sideBySide { state = ReaderFixtures.press(state, .character("v")) }
        #expect(!state.geometry.sideBySide)
        let row = state.screen.line(2)
        let title = row.range(of: "Whatever Happened to the End of History?")!
        let after = row[title.upperBound...]
        // The count follows within the title column's slack, not at the far right edge.
        let gap = after.prefix { $0 == " " }.count
        #expect(after.dropFirst(gap).hasPrefix("2"))
        #expect(row.distance(from: row.startIndex, to: title.upperBound) + gap < 120)
    }
}
