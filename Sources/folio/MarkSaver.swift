import FolioModel
import FolioState
import Foundation

/// Read marks written on a thread of their own: a save of 100,000 marks
/// takes a second or more (the file is read, merged and written whole), and
/// the reader's keys must not wait for it. Changes handed over while a save
/// runs are written together by the next one; what a failed save could not
/// write is tried again with it.
final class MarkSaver: @unchecked Sendable {
    private let store: StateStore
    private let queue = DispatchQueue(label: "folio.marks")
    private let lock = NSLock()
    private var pending: ReadMarks?
    private var failure: String?
    private var failedOnce = false
    /// What the loop has handed over so far: only the loop's thread reads it.
    private var handedOver: ReadMarks

    init(store: StateStore, saved: ReadMarks) {
        self.store = store
        handedOver = saved
    }

    /// Called by the loop on every save: returns at once.
    func save(_ marks: ReadMarks) {
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

    /// A save's failure since the last call, said once.
    func takeFailure() -> String? {
        lock.lock()
        defer { lock.unlock() }
        let said = failure
        failure = nil
        return said
    }

    /// Waits for the saves under way: on the way out, nothing is left unwritten.
    func finish() -> String? {
        queue.sync {}
        return takeFailure()
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
                failure = "read marks are not being saved: \(error)"
            }
            lock.unlock()
        }
    }
}
