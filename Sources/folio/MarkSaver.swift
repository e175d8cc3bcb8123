import FolioModel
import FolioReader
import FolioState
import Dispatch
import FoundationEssentials
import Glibc

/// Read marks written on a thread of their own: a save of 100,000 marks
/// takes a second or more (the file is read, merged and written whole), and
/// the reader's keys must not wait for it. Changes handed over while a save
/// runs are written together by the next one; what a failed save could not
/// write is tried again with it.
final class MarkSaver: @unchecked Sendable {
    private let store: StateStore
    private let queue = DispatchQueue(label: "folio.marks")
    private let lock = Lock()
    private var pending: ReadMarks?
    private var failure: String?
    private var failedOnce = false
    private var arrived: ReadMarks?
    private let loaded = DispatchSemaphore(value: 0)
    private var loadWarning: String?
    /// What the loop has handed over so far: only the loop's thread reads it.
    private var handedOver = ReadMarks()
    /// Only the loop's thread reads and sets it.
    private var loadStarted = false
    /// A state file larger than this (some 3,000 marks) is read once the
    /// first screen is shown, not before: 100,000 marks take a second to
    /// read, which the first screen must not wait for, nor share the cores with.
    static let readBeforeFirstScreen = 256 << 10

    /// Starts reading the marks of a small state at once; a large one is
    /// read once the first frame is drawn (`startLoading`).
    init(store: StateStore) {
        self.store = store
        var info = stat()
        if stat(store.file, &info) != 0 || Int(info.st_size) <= Self.readBeforeFirstScreen { startLoading() }
    }

    /// First on the saver's thread, so that no save can come before the
    /// load has seen what is on disk. Called from the loop's thread only.
    func startLoading() {
        guard !loadStarted else { return }
        loadStarted = true
        queue.async {
            let (marks, warning) = self.store.load()
            self.lock.lock()
            self.arrived = marks
            self.loadWarning = warning
            self.lock.unlock()
            self.loaded.signal()
        }
    }

    /// Waits a moment for the marks: a small state is in before the first
    /// screen (no flash of posts shown unread), a large one comes after it.
    /// True when they are in.
    func waitForMarks(upTo seconds: Double) -> Bool {
        guard loadStarted, loaded.wait(timeout: .now() + seconds) == .success else { return false }
        loaded.signal()
        return true
    }

    /// Called by the loop on every save: returns at once.
    func save(_ marks: ReadMarks) {
        startLoading()
        let changes = marks.changes(since: handedOver)
        handedOver = marks
        lock.lock()
        let idle = pending == nil
        if var waiting = pending {
            waiting.merge(changes)
            pending = waiting
        } else {
            pending = changes
        }
        lock.unlock()
        if idle { queue.async { self.write() } }
    }

    /// For the reader, since the last call: the marks once read, and what
    /// went wrong (for the status line); and for the note on exit, in full.
    func takeNews() -> (events: [ReaderEvent], said: [String]) {
        lock.lock()
        defer { lock.unlock() }
        var events: [ReaderEvent] = []
        var said: [String] = []
        if let marks = arrived {
            arrived = nil
            events.append(.marksArrived(marks))
        }
        if let warning = loadWarning {
            loadWarning = nil
            said.append(warning)
            let what = warning.contains("moved aside to") ? "moved aside" : "not saved while folio runs"
            events.append(.warning("Read marks could not be read: \(what) (see the note on exit)"))
        }
        if let failure {
            self.failure = nil
            said.append(failure)
            events.append(.warning("Read marks are not being saved (see the note on exit)"))
        }
        return (events, said)
    }

    /// Waits for the saves under way: on the way out, nothing is left unwritten.
    func finish() -> [String] {
        queue.sync {}
        return takeNews().said
    }

    private func write() {
        lock.lock()
        guard let changes = pending else { lock.unlock(); return }
        pending = nil
        lock.unlock()
        do {
            try store.save(changes)
        } catch {
            lock.lock()
            var again = changes
            if let later = pending { again.merge(later) }
            pending = again
            if !failedOnce {
                failedOnce = true
                failure = "read marks are not being saved: \(ErrorReason.of(error))"
            }
            lock.unlock()
        }
    }
}
