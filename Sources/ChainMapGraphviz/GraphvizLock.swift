// A mutex without Foundation (NSLock would pull Foundation into the render worker, whose start-up it would
// triple), and the whitespace trimming the message capture needs.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A process-wide mutex over `pthread_mutex_t`, allocated once and never moved (a pthread mutex must keep its
/// address). Instances live for the whole process, so it is never destroyed.
final class GraphvizLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    func lock() { pthread_mutex_lock(mutex) }

    func unlock() { pthread_mutex_unlock(mutex) }
}

/// `text` without leading and trailing whitespace and line breaks (Unicode's, as `Character.isWhitespace`).
///
/// - Complexity: O(n) in the length of `text`.
func trimmedWhitespace(_ text: String) -> String {
    guard let first = text.firstIndex(where: { !$0.isWhitespace }),
        let last = text.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(text[first...last])
}
