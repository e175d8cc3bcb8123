import FoundationEssentials
import Glibc

/// What went wrong, in words a person reads: a file's failure by the
/// system's own message (`No such file or directory`), not the error's
/// dump of its fields.
public enum ErrorReason {
    public static func of(_ error: any Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        if let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        return "\(error)"
    }
}
