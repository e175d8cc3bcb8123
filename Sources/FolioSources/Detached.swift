import CFolioThread

/// Work on a thread of its own that begins at once, on another core than
/// the caller's (see `folio_start_elsewhere`).
enum Detached {
    static func run(_ work: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Work(work)).toOpaque()
        let made = folio_start_elsewhere({ raw in
            Unmanaged<Work>.fromOpaque(raw!).takeRetainedValue().body()
        }, box)
        if made != 0 {
            // No thread to be had: the work is still done, on this one.
            Unmanaged<Work>.fromOpaque(box).takeRetainedValue().body()
        }
    }

    private final class Work {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
