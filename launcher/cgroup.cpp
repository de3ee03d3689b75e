#include "launcher/cgroup.h"

#include "launcher/fd.h"
#include "launcher/util.h"

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace corral::launch {
namespace {

constexpr const char *V1Root = "/sys/fs/cgroup/devices";

// Instruction builders (the kernel's BPF_* macros are C99 compound literals).
bpf_insn insn(
    std::uint8_t code, std::uint8_t dst, std::uint8_t src, std::int16_t off, std::int32_t imm)
{
    bpf_insn i {};
    i.code = code;
    i.dst_reg = dst & 0xf;
    i.src_reg = src & 0xf;
    i.off = off;
    i.imm = imm;
    return i;
}

bpf_insn loadWord(std::uint8_t dst, std::uint8_t src, std::int16_t offset)
{
    return insn(BPF_LDX | BPF_W | BPF_MEM, dst, src, offset, 0);
}

bpf_insn jumpIfNotEqual(std::uint8_t reg, std::int32_t value, std::int16_t offset)
{
    return insn(BPF_JMP | BPF_JNE | BPF_K, reg, 0, offset, value);
}

bpf_insn moveImmediate(std::uint8_t dst, std::int32_t value)
{
    return insn(BPF_ALU64 | BPF_MOV | BPF_K, dst, 0, 0, value);
}

bpf_insn exitInsn()
{
    return insn(BPF_JMP | BPF_EXIT, 0, 0, 0, 0);
}

long bpf(int command, bpf_attr *attr)
{
    return ::syscall(SYS_bpf, command, attr, sizeof *attr);
}

std::string number(int value)
{
    return value < 0 ? std::string("*") : std::to_string(value);
}

Result<std::string> v2Root()
{
    struct statfs st
    {
    };
    if (::statfs("/sys/fs/cgroup", &st) == 0 && st.f_type == CGROUP2_SUPER_MAGIC)
        return std::string("/sys/fs/cgroup");
    if (::statfs("/sys/fs/cgroup/unified", &st) == 0 && st.f_type == CGROUP2_SUPER_MAGIC)
        return std::string("/sys/fs/cgroup/unified");
    return fail("cgroup v2 is not mounted at /sys/fs/cgroup or /sys/fs/cgroup/unified");
}

bool v1Available()
{
    struct statfs st
    {
    };
    return ::statfs(V1Root, &st) == 0 && st.f_type == CGROUP_SUPER_MAGIC
        && ::access("/sys/fs/cgroup/devices/devices.allow", F_OK) == 0;
}

// Opens `relative` below the hierarchy root, creating the directories that are missing.
Result<UniqueFd> openCgroup(const std::string &hierarchy, const std::string &relative)
{
    UniqueFd dir(::open(hierarchy.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!dir)
        return failErrno(hierarchy);
    std::string path = hierarchy;
    for (const std::string &name : pathComponents(relative)) {
        path += "/" + name;
        const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
        UniqueFd next(::openat(dir.get(), name.c_str(), flags));
        if (!next && errno == ENOENT) {
            if (::mkdirat(dir.get(), name.c_str(), 0755) != 0 && errno != EEXIST)
                return failErrno("cannot create " + path);
            next.reset(::openat(dir.get(), name.c_str(), flags));
        }
        if (!next)
            return failErrno(path);
        dir = std::move(next);
    }
    return dir;
}

Status writeAt(int dir, const char *file, const std::string &value, const std::string &where)
{
    UniqueFd fd(::openat(dir, file, O_WRONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd)
        return failErrno(where + "/" + file);
    const ssize_t n = ::write(fd.get(), value.data(), value.size());
    if (n != ssize_t(value.size()))
        return failErrno("cannot write \"" + value + "\" to " + where + "/" + file);
    return {};
}

Status joinV1(const std::vector<DeviceRule> &devices, const std::string &relative)
{
    const std::string where = std::string(V1Root) + "/" + relative;
    Result<UniqueFd> cgroup = openCgroup(V1Root, relative);
    if (!cgroup)
        return cgroup.error();
    std::vector<std::string> wanted = v1Rules(devices);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());

    std::string listed;
    {
        UniqueFd list(::openat(cgroup->get(), "devices.list", O_RDONLY | O_CLOEXEC));
        if (!list)
            return failErrno(where + "/devices.list");
        Result<std::string> text = readAll(list.get(), 1 << 20, where + "/devices.list");
        if (!text)
            return text.error();
        listed = text.value();
    }
    std::vector<std::string> current;
    for (const std::string &line : split(listed, '\n')) {
        if (!line.empty())
            current.push_back(line);
    }
    std::sort(current.begin(), current.end());
    if (current != wanted) {
        // A new cgroup allows everything ("a *:* rwm"); deny all, then allow the list.
        debug("cgroup: setting the v1 device rules of %s", where.c_str());
        CORRAL_TRY(writeAt(cgroup->get(), "devices.deny", "a", where));
        for (const std::string &rule : wanted)
            CORRAL_TRY(writeAt(cgroup->get(), "devices.allow", rule, where));
    }
    // Moving only the calling thread ("tasks", id 0) spares the migration the global
    // threadgroup lock (an RCU grace period) that cgroup.procs takes; the launcher has a
    // single thread, and everything it forks or execs stays in the cgroup.
    return writeAt(cgroup->get(), "tasks", "0", where);
}

Status joinV2(const std::vector<DeviceRule> &devices, const std::string &relative)
{
    Result<std::string> hierarchy = v2Root();
    if (!hierarchy)
        return hierarchy.error();
    const std::string where = hierarchy.value() + "/" + relative;
    Result<UniqueFd> cgroup = openCgroup(hierarchy.value(), relative);
    if (!cgroup)
        return cgroup.error();

    const std::vector<bpf_insn> program = deviceProgram(devices);
    static const char license[] = "GPL";
    bpf_attr load {};
    load.prog_type = BPF_PROG_TYPE_CGROUP_DEVICE;
    load.insn_cnt = std::uint32_t(program.size());
    load.insns = reinterpret_cast<std::uint64_t>(program.data());
    load.license = reinterpret_cast<std::uint64_t>(license);
    UniqueFd prog(int(bpf(BPF_PROG_LOAD, &load)));
    if (!prog)
        return failErrno("cannot load the device program");

    // Without BPF_F_ALLOW_MULTI the program replaces the one attached before.
    bpf_attr attach {};
    attach.target_fd = std::uint32_t(cgroup->get());
    attach.attach_bpf_fd = std::uint32_t(prog.get());
    attach.attach_type = BPF_CGROUP_DEVICE;
    attach.attach_flags = 0;
    if (bpf(BPF_PROG_ATTACH, &attach) != 0)
        return failErrno("cannot attach the device program to " + where);
    return writeAt(cgroup->get(), "cgroup.procs", "0", where);
}

} // namespace

std::vector<DeviceRule> allowedDevices(const Plan &plan)
{
    std::vector<DeviceRule> devices = {
        { 'c', 1, 3 }, // null
        { 'c', 1, 5 }, // zero
        { 'c', 1, 7 }, // full
        { 'c', 1, 8 }, // random
        { 'c', 1, 9 }, // urandom
        { 'c', 5, 0 }, // tty
        { 'c', 5, 1 }, // console
        { 'c', 5, 2 }, // ptmx
    };
    for (int major = 136; major <= 143; ++major) // the Unix98 pty slaves
        devices.push_back({ 'c', major, -1 });
    for (const DeviceRule &device : plan.devices) {
        if (std::find(devices.begin(), devices.end(), device) == devices.end())
            devices.push_back(device);
    }
    return devices;
}

std::vector<std::string> v1Rules(const std::vector<DeviceRule> &devices)
{
    std::vector<std::string> rules;
    for (const DeviceRule &device : devices)
        rules.push_back(std::string(1, device.type) + " " + number(device.major) + ":"
            + number(device.minor) + " rwm");
    return rules;
}

std::vector<bpf_insn> deviceProgram(const std::vector<DeviceRule> &devices)
{
    // struct bpf_cgroup_dev_ctx { u32 access_type; u32 major; u32 minor; } in r1;
    // access_type is (access << 16) | type. Every access (read, write, mknod) is allowed
    // for a listed device, nothing for the rest.
    std::vector<bpf_insn> program = {
        loadWord(BPF_REG_2, BPF_REG_1, 0),
        insn(BPF_ALU | BPF_AND | BPF_K, BPF_REG_2, 0, 0, 0xffff), // r2 = device type
        loadWord(BPF_REG_4, BPF_REG_1, 4), // r4 = major
        loadWord(BPF_REG_5, BPF_REG_1, 8), // r5 = minor
    };
    for (const DeviceRule &device : devices) {
        // Each block: compare, compare, compare, allow; a mismatch skips to the next block.
        std::vector<bpf_insn> block;
        const int type = device.type == 'b' ? BPF_DEVCG_DEV_BLOCK : BPF_DEVCG_DEV_CHAR;
        block.push_back(jumpIfNotEqual(BPF_REG_2, type, 0));
        if (device.major >= 0)
            block.push_back(jumpIfNotEqual(BPF_REG_4, device.major, 0));
        if (device.minor >= 0)
            block.push_back(jumpIfNotEqual(BPF_REG_5, device.minor, 0));
        block.push_back(moveImmediate(BPF_REG_0, 1));
        block.push_back(exitInsn());
        // A jump at index i lands on the first instruction after the block.
        for (std::size_t i = 0; i + 2 < block.size(); ++i)
            block[i].off = std::int16_t(block.size() - i - 1);
        program.insert(program.end(), block.begin(), block.end());
    }
    program.push_back(moveImmediate(BPF_REG_0, 0));
    program.push_back(exitInsn());
    return program;
}

std::string cgroupPath(const std::string &root, const std::string &tag)
{
    if (root == "/")
        return "corral/" + tag;
    std::uint32_t hash = 2166136261u; // FNV-1a
    for (const char c : root) {
        hash ^= std::uint8_t(c);
        hash *= 16777619u;
    }
    char hex[9];
    std::snprintf(hex, sizeof hex, "%08x", hash);
    return std::string("corral-") + hex + "/" + tag;
}

Result<CgroupVersion> chooseCgroupVersion(const std::string &override)
{
    if (override == "v1")
        return CgroupVersion::V1;
    if (override == "v2")
        return CgroupVersion::V2;
    if (v1Available())
        return CgroupVersion::V1;
    if (v2Root())
        return CgroupVersion::V2;
    return fail("neither the cgroup v1 devices controller nor cgroup v2 is mounted");
}

Status joinDeviceCgroup(const Plan &plan, const Invocation &invocation)
{
    Result<CgroupVersion> version = chooseCgroupVersion(invocation.deviceCgroup);
    if (!version)
        return version.error();
    const std::vector<DeviceRule> devices = allowedDevices(plan);
    const std::string relative = cgroupPath(invocation.root, plan.tag);
    debug("cgroup: %s with %zu device rules in %s",
        version.value() == CgroupVersion::V1 ? "v1" : "v2", devices.size(), relative.c_str());
    return version.value() == CgroupVersion::V1 ? joinV1(devices, relative)
                                                : joinV2(devices, relative);
}

} // namespace corral::launch
