import Glibc

/// How far a thread gives way to the others (Linux keeps a nice value per
/// thread). The rest of an archive, read while the reader shows its start,
/// gives way to the reader's own thread and to the terminal showing it: on
/// two cores, three busy threads at one priority made the first screen take
/// twice as long to paint, and each key after it wait its turn.
struct Niceness: Sendable {
    var value: Int32

    static let background = Niceness(value: 10)

    /// The calling thread's.
    static var current: Niceness { Niceness(value: getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)) }

    /// Makes the calling thread at least this nice. A thread is never made
    /// less nice: that needs a privilege, and a thread of the pool that
    /// read in the background may do so again.
    func apply() {
        if Niceness.current.value < value { setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, value) }
    }
}
