// The compiled seccomp filter file (/var/lib/corral/seccomp/<tag>.bpf): written by the
// profile generator in corral-interfaces, loaded by corral-launch. Both include this one
// definition, so it is plain C++ (no Qt, no kernel headers) and header-only.
//
// Layout, all integers in the byte order of the machine that generated it (the file is
// compiled on and for that machine, like the BPF instructions themselves):
//
//   offset  size  field
//        0     8  magic "CORRALSC" (no terminating NUL)
//        8     4  format version, FormatVersion
//       12     4  flags, a combination of Flag* below; unknown bits are refused
//       16     4  number of BPF instructions that follow, 1 to MaxInstructions
//       20     4  reserved, 0
//       24  8*n   the program: struct sock_filter { u16 code; u8 jt; u8 jf; u32 k; }[n],
//                 ready for seccomp(SECCOMP_SET_MODE_FILTER, flags, &prog)
//
// The file holds exactly the header and the program: a size that does not match the
// instruction count is refused, so a truncated or padded file cannot be loaded.
#pragma once

#include <cstddef>
#include <cstdint>

namespace corral::seccompfile {

inline constexpr char Magic[8] = { 'C', 'O', 'R', 'R', 'A', 'L', 'S', 'C' };
inline constexpr std::uint32_t FormatVersion = 1;

// Load the filter with SECCOMP_FILTER_FLAG_LOG, so that every action other than
// "allow" (EPERM, EACCES, kill) is written to the audit log.
inline constexpr std::uint32_t FlagLog = 1u << 0;
inline constexpr std::uint32_t KnownFlags = FlagLog;

// The kernel refuses longer classic BPF programs (BPF_MAXINSNS).
inline constexpr std::uint32_t MaxInstructions = 4096;
inline constexpr std::size_t InstructionSize = 8; // sizeof(struct sock_filter)

struct Header
{
    char magic[8];
    std::uint32_t version;
    std::uint32_t flags;
    std::uint32_t instructionCount;
    std::uint32_t reserved;
};
static_assert(sizeof(Header) == 24, "the header has no padding");

inline constexpr std::size_t HeaderSize = sizeof(Header);
inline constexpr std::size_t MaxFileSize = HeaderSize + MaxInstructions * InstructionSize;

// Checks a whole file held in memory. Returns nullptr when it can be loaded, and fills
// *header when given; otherwise a static message saying why not (for "cannot load
// seccomp filter <path>: <message>"). The instructions start at data + HeaderSize.
// A reader should refuse to read more than MaxFileSize bytes in the first place.
inline const char *validate(const void *data, std::size_t size, Header *header = nullptr)
{
    if (data == nullptr || size < HeaderSize)
        return "file too short for the header";

    // Byte copies, so that neither alignment nor strict aliasing depends on the caller.
    const auto *bytes = static_cast<const unsigned char *>(data);
    Header h {};
    auto *out = reinterpret_cast<unsigned char *>(&h);
    for (std::size_t i = 0; i < HeaderSize; ++i)
        out[i] = bytes[i];

    for (std::size_t i = 0; i < sizeof(Magic); ++i) {
        if (h.magic[i] != Magic[i])
            return "not a corral seccomp filter (wrong magic)";
    }
    if (h.version != FormatVersion)
        return "unsupported format version";
    if ((h.flags & ~KnownFlags) != 0)
        return "unknown flags";
    if (h.reserved != 0)
        return "reserved field is not zero";
    if (h.instructionCount == 0)
        return "filter has no instructions";
    if (h.instructionCount > MaxInstructions)
        return "filter has more instructions than the kernel accepts";
    if (size != HeaderSize + std::size_t(h.instructionCount) * InstructionSize)
        return "file size does not match the instruction count";

    if (header != nullptr)
        *header = h;
    return nullptr;
}

} // namespace corral::seccompfile
