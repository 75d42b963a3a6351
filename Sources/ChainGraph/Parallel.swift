import Dispatch
import Foundation

/// The default number of workers for the parallel analyses: the cores this process may use.
///
/// - Returns: at least 1.
/// - Complexity: O(1).
public func defaultWorkerCount() -> Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

/// A raw pointer that may cross into worker closures.
///
/// Safe here because every worker writes only its own, disjoint region, and the caller reads
/// the memory only after `concurrentPerform` has returned (which joins all workers).
struct SharedPointer<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
}

/// Read-only CSR buffers that may cross into worker closures (never written while shared).
struct SharedAdjacency: @unchecked Sendable {
    let offsets: UnsafeBufferPointer<Int32>
    let targets: UnsafeBufferPointer<Int32>
}

/// Runs `body(worker)` for `worker` in `0..<workers`, concurrently when `workers > 1`: the one parallel runner of
/// the engine and of the analyses built on it.
///
/// - Parameters:
///   - workers: the number of independent work items (typically one per core).
///   - body: the work; must only write memory owned by its worker.
/// - Complexity: the slowest worker's time; returns after all have finished.
public func forEachWorker(_ workers: Int, _ body: @Sendable (Int) -> Void) {
    if workers <= 1 {
        body(0)
    } else {
        DispatchQueue.concurrentPerform(iterations: workers, execute: body)
    }
}
