import CFolioThread
import Foundation
import Testing
@testable import FolioSources

/// The reader's first screen waits for a preview read on a thread begun at
/// start: begun on its creator's busy core, it waited up to 3 ms to run.
@Suite struct WorkOnAThreadOfItsOwn {
    @Test func aThreadBeginsOnAnotherCoreThanItsCreatorsWhenThereIsOne() {
        #expect(folio_cores_elsewhere(0b11, 0) == 0b10)
        #expect(folio_cores_elsewhere(0b11, 1) == 0b01)
        #expect(folio_cores_elsewhere(0b1111, 2) == 0b1011)
        // One core allowed, or the caller's core unknown: where Linux puts it.
        #expect(folio_cores_elsewhere(0b01, 0) == 0)
        #expect(folio_cores_elsewhere(0b11, -1) == 0)
    }

    @Test func theWorkIsDoneOnAnotherThread() {
        let done = DispatchSemaphore(value: 0)
        let caller = pthread_self()
        nonisolated(unsafe) var worker: pthread_t?
        Detached.run {
            worker = pthread_self()
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(worker.map { pthread_equal($0, caller) == 0 } == true)
    }
}
