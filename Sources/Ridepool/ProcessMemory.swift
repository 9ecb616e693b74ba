import CMalloc
import Foundation

/// This process's memory: its peak (what benchmarks report), and giving back what a finished phase freed.
public enum ProcessMemory {
    /// This process's peak resident memory (Linux `VmHWM`), MiB; 0 where it cannot be read.
    public static func peakMiB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return 0 }
        return kb / 1024
    }

    /// Returns to the system the heap pages that freed memory left unused (glibc's `malloc_trim`), so
    /// that what a finished simulation let go (plans, orders, many small blocks) is not still resident
    /// when the tables are built. A few milliseconds; nothing changes in what the process computes.
    static func returnFreedMemory() {
        _ = ridepool_return_freed_memory()
    }
}
