#include "launcher/plan.h"

#include "launcher/invocation.h"
#include "launcher/trust.h"
#include "launcher/util.h"

#include <array>
#include <charconv>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

namespace corral::launch {
namespace {

bool isLowerOrDigit(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool isAlnum(char c)
{
    return isLowerOrDigit(c) || (c >= 'A' && c <= 'Z');
}

// The revision of an installed snap ("x1", "12"), or "-" for a base that is missing.
bool isValidRevision(std::string_view revision, bool allowMissing)
{
    if (allowMissing && revision == "-")
        return true;
    if (!revision.empty() && revision.front() == 'x')
        revision.remove_prefix(1);
    if (revision.empty() || revision.size() > 20)
        return false;
    for (const char c : revision) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

bool isValidEnvName(std::string_view name)
{
    if (name.empty() || (name.front() >= '0' && name.front() <= '9'))
        return false;
    for (const char c : name) {
        if (!isAlnum(c) && c != '_')
            return false;
    }
    return true;
}

// A path relative to $SNAP: no leading slash, no "." or ".." components.
bool isCleanRelativePath(std::string_view path)
{
    if (path.empty() || path.front() == '/' || path.back() == '/')
        return false;
    for (const std::string &part : split(path, '/')) {
        if (part.empty() || part == "." || part == "..")
            return false;
    }
    return true;
}

// A landlock PATH: absolute, or one of the per-user variables, optionally followed by
// more components.
bool isValidLandlockPath(std::string_view path)
{
    static constexpr std::array<std::string_view, 4> variables
        = { "$HOME", "$SNAP_USER_DATA", "$SNAP_USER_COMMON", "$XDG_RUNTIME_DIR" };
    for (const std::string_view variable : variables) {
        if (path == variable)
            return true;
        if (startsWith(path, variable) && path.size() > variable.size()
            && path[variable.size()] == '/')
            return isCleanAbsolutePath(path.substr(variable.size()));
    }
    return isCleanAbsolutePath(path);
}

bool parseDeviceNumber(std::string_view text, int max, int *number)
{
    if (text == "*") {
        *number = -1;
        return true;
    }
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0 || value > max)
        return false;
    *number = value;
    return true;
}

struct KeySpec
{
    std::string_view name;
    bool once;
    int fields; // exact number of fields; 0: one or more (command)
};

constexpr std::array<KeySpec, 18> keys = { {
    { "tag", true, 1 },
    { "snap", true, 1 },
    { "app", true, 1 },
    { "revision", true, 1 },
    { "confinement", true, 1 },
    { "base", true, 2 },
    { "base-dir", true, 1 },
    { "snap-dir", true, 1 },
    { "command", true, 0 },
    { "command-chain", false, 1 },
    { "env", false, 1 },
    { "mount", false, 3 },
    { "symlink", false, 2 },
    { "tmpfs", false, 1 },
    { "device", false, 3 },
    { "landlock", false, 2 },
    { "seccomp", true, 1 },
    { "apparmor", true, 1 },
} };

} // namespace

bool isValidSnapName(std::string_view name)
{
    if (name.size() < 2 || name.size() > 40)
        return false;
    bool hasLetter = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (c == '-') {
            if (i == 0 || i + 1 == name.size() || name[i + 1] == '-')
                return false;
        } else if (!isLowerOrDigit(c)) {
            return false;
        }
        hasLetter = hasLetter || (c >= 'a' && c <= 'z');
    }
    return hasLetter;
}

bool isValidAppName(std::string_view name)
{
    if (name.empty() || name.size() > 64 || !isAlnum(name.front()))
        return false;
    for (std::size_t i = 1; i < name.size(); ++i) {
        const char c = name[i];
        if (c == '-') {
            if (i + 1 == name.size() || !isAlnum(name[i + 1]))
                return false;
        } else if (!isAlnum(c)) {
            return false;
        }
    }
    return true;
}

const char *toString(Confinement confinement)
{
    switch (confinement) {
    case Confinement::Strict:
        return "strict";
    case Confinement::Devmode:
        return "devmode";
    case Confinement::Classic:
        return "classic";
    }
    return "?";
}

Result<std::string> unescapePlanField(std::string_view field)
{
    std::string value;
    value.reserve(field.size());
    for (std::size_t i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c != '\\') {
            value += c;
            continue;
        }
        const std::string_view code = field.substr(i + 1, 3);
        if (code == "040")
            value += ' ';
        else if (code == "011")
            value += '\t';
        else if (code == "012")
            value += '\n';
        else if (code == "134")
            value += '\\';
        else
            return fail("unknown escape sequence \\" + std::string(code));
        i += 3;
    }
    return value;
}

Result<Plan> parsePlan(
    std::string_view text, const std::string &name, const std::string &expectedTag)
{
    if (text.size() > MaxPlanSize)
        return fail(name + " is larger than 1 MiB");
    if (!text.empty() && text.back() != '\n')
        return fail(name + " does not end with a newline (truncated?)");

    Plan plan;
    std::array<int, keys.size()> seen {};
    std::string confinement;
    std::size_t lineNumber = 0;
    bool haveHeader = false;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = text.substr(0, end);
        text.remove_prefix(end + 1);
        ++lineNumber;
        if (lineNumber > MaxPlanLines)
            return fail(name + " has more than " + std::to_string(MaxPlanLines) + " lines");
        const auto lineError = [&](const std::string &why) {
            return fail(name + " line " + std::to_string(lineNumber) + ": " + why);
        };
        if (!haveHeader) {
            if (line != "corral-launch-plan 1")
                return lineError(
                    "not a version 1 launch plan (the header is \"" + std::string(line) + "\")");
            haveHeader = true;
            continue;
        }
        if (line.empty() || line.front() == '#')
            continue;
        for (const char c : line) {
            if ((unsigned char)c < 0x20 || c == 0x7f)
                return lineError("control character in the line");
        }
        const std::size_t space = line.find(' ');
        if (space == std::string_view::npos || space + 1 == line.size())
            return lineError("\"" + std::string(line.substr(0, space)) + "\" has no value");
        const std::string_view key = line.substr(0, space);
        const std::string_view rawValue = line.substr(space + 1);

        std::size_t index = 0;
        while (index < keys.size() && keys[index].name != key)
            ++index;
        if (index == keys.size())
            return lineError("unknown key \"" + std::string(key) + "\"");
        const KeySpec &spec = keys[index];
        if (spec.once && seen[index] > 0)
            return lineError("\"" + std::string(key) + "\" appears more than once");
        ++seen[index];

        std::vector<std::string> fields;
        for (const std::string &raw : split(rawValue, ' ')) {
            if (raw.empty())
                return lineError("empty field in \"" + std::string(key) + "\"");
            Result<std::string> field = unescapePlanField(raw);
            if (!field)
                return lineError(field.error().reason);
            fields.push_back(std::move(field.value()));
        }
        if (spec.fields > 0 && int(fields.size()) != spec.fields)
            return lineError("\"" + std::string(key) + "\" needs " + std::to_string(spec.fields)
                + (spec.fields == 1 ? " field" : " fields"));

        const std::string &value = fields.front();
        if (key == "tag") {
            plan.tag = value;
        } else if (key == "snap") {
            if (!isValidSnapName(value))
                return lineError("invalid snap name " + quoted(value));
            plan.snap = value;
        } else if (key == "app") {
            if (!isValidAppName(value))
                return lineError("invalid app name " + quoted(value));
            plan.app = value;
        } else if (key == "revision") {
            if (!isValidRevision(value, false))
                return lineError("invalid revision " + quoted(value));
            plan.revision = value;
        } else if (key == "confinement") {
            confinement = value;
            if (value == "strict")
                plan.confinement = Confinement::Strict;
            else if (value == "devmode")
                plan.confinement = Confinement::Devmode;
            else if (value == "classic")
                plan.confinement = Confinement::Classic;
            else
                return lineError("unknown confinement " + quoted(value));
        } else if (key == "base") {
            if (!isValidSnapName(fields[0]) || !isValidRevision(fields[1], true))
                return lineError("invalid base " + quoted(fields[0] + " " + fields[1]));
            plan.base = fields[0];
            plan.baseRevision = fields[1];
        } else if (key == "base-dir" || key == "snap-dir" || key == "seccomp") {
            if (!isCleanAbsolutePath(value) || value == "/")
                return lineError("\"" + std::string(key) + "\" is not a clean absolute path");
            (key == "base-dir"          ? plan.baseDir
                    : key == "snap-dir" ? plan.snapDir
                                        : plan.seccompFile)
                = value;
        } else if (key == "command") {
            if (!isCleanRelativePath(fields.front()))
                return lineError("the command " + quoted(fields.front())
                    + " is not a clean path relative to $SNAP");
            plan.command = std::move(fields);
        } else if (key == "command-chain") {
            if (!isCleanRelativePath(value))
                return lineError("the command-chain entry " + quoted(value)
                    + " is not a clean path relative to $SNAP");
            plan.commandChain.push_back(value);
        } else if (key == "env") {
            const std::size_t equals = value.find('=');
            if (equals == std::string::npos || !isValidEnvName(value.substr(0, equals)))
                return lineError("\"env\" needs NAME=VALUE with a valid NAME");
            plan.environment.emplace_back(value.substr(0, equals), value.substr(equals + 1));
        } else if (key == "mount") {
            if (!isCleanAbsolutePath(fields[0]) || !isCleanAbsolutePath(fields[1])
                || fields[1] == "/")
                return lineError("\"mount\" needs clean absolute paths");
            if (fields[2] != "ro" && fields[2] != "rw")
                return lineError("\"mount\" needs ro or rw, not " + quoted(fields[2]));
            plan.layout.push_back(
                { LayoutEntry::Kind::Bind, fields[0], fields[1], fields[2] == "ro" });
        } else if (key == "symlink") {
            if (!isCleanAbsolutePath(fields[1]) || fields[1] == "/")
                return lineError("\"symlink\" needs a clean absolute LINK");
            plan.layout.push_back({ LayoutEntry::Kind::Symlink, fields[0], fields[1], false });
        } else if (key == "tmpfs") {
            if (!isCleanAbsolutePath(value) || value == "/")
                return lineError("\"tmpfs\" needs a clean absolute path");
            plan.layout.push_back({ LayoutEntry::Kind::Tmpfs, {}, value, false });
        } else if (key == "device") {
            DeviceRule device;
            if (fields[0] != "c" && fields[0] != "b")
                return lineError("\"device\" type must be c or b");
            device.type = fields[0].front();
            if (!parseDeviceNumber(fields[1], 4095, &device.major)
                || !parseDeviceNumber(fields[2], (1 << 20) - 1, &device.minor))
                return lineError("invalid device number in \"device\"");
            plan.devices.push_back(device);
        } else if (key == "landlock") {
            const std::string &access = fields[0];
            if (access.find_first_not_of("rwxd") != std::string::npos)
                return lineError("invalid landlock access " + quoted(access));
            if (!isValidLandlockPath(fields[1]))
                return lineError("invalid landlock path " + quoted(fields[1]));
            plan.landlock.push_back({ access, fields[1] });
        } else if (key == "apparmor") {
            plan.apparmorLabel = value;
        }
    }
    if (!haveHeader)
        return fail(name + " is empty");

    const auto has = [&](std::string_view keyName) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i].name == keyName)
                return seen[i] > 0;
        }
        return false;
    };
    for (const std::string_view required :
        { "tag", "snap", "app", "revision", "confinement", "snap-dir", "command" }) {
        if (!has(required))
            return fail(name + " has no \"" + std::string(required) + "\"");
    }
    if (plan.confinement != Confinement::Classic) {
        for (const std::string_view required : { "base", "base-dir", "seccomp", "apparmor" }) {
            if (!has(required))
                return fail(name + " has no \"" + std::string(required) + "\" (needed for "
                    + confinement + " confinement)");
        }
    }
    if (has("base") != has("base-dir"))
        return fail(name + " has only one of \"base\" and \"base-dir\"");
    if (plan.tag != expectedTag)
        return fail(name + " is for " + quoted(plan.tag) + ", not " + quoted(expectedTag));
    if (plan.tag != "snap." + plan.snap + "." + plan.app)
        return fail(name + ": the tag does not match the snap and app names");
    return plan;
}

Result<Plan> loadPlan(const Invocation &invocation)
{
    const std::string dir = rooted(invocation.root, "/var/lib/corral/plans");
    const std::string path = dir + "/" + invocation.tag + ".plan";
    Result<UniqueFd> fd = openTrusted(path, O_RDONLY);
    if (!fd) {
        if (fd.error().errnum != ENOENT)
            return fd.error();
        // Which is missing: the snap, or only the app?
        bool snapKnown = false;
        if (DIR *plans = ::opendir(dir.c_str())) {
            const std::string prefix = "snap." + invocation.snap + ".";
            while (const dirent *entry = ::readdir(plans))
                snapKnown = snapKnown || startsWith(entry->d_name, prefix);
            ::closedir(plans);
        }
        if (!snapKnown)
            return fail("snap " + quoted(invocation.snap) + " is not installed", ENOENT);
        return fail(
            "snap " + quoted(invocation.snap) + " has no app " + quoted(invocation.app), ENOENT);
    }
    struct stat st
    {
    };
    if (::fstat(fd->get(), &st) != 0)
        return failErrno(path);
    if (!S_ISREG(st.st_mode))
        return fail(path + " is not a regular file");
    Result<std::string> text = readAll(fd->get(), MaxPlanSize, path);
    if (!text)
        return text.error();
    return parsePlan(text.value(), path, invocation.tag);
}

Status checkSnapIsMounted(const Plan &plan)
{
    struct stat st
    {
    };
    if (!plan.base.empty()
        && (plan.baseRevision == "-" || ::stat(plan.baseDir.c_str(), &st) != 0
            || !S_ISDIR(st.st_mode)))
        return fail("its base snap " + quoted(plan.base) + " is not installed");
    if (::stat(plan.snapDir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return fail("revision " + plan.revision + " of snap " + quoted(plan.snap)
            + " is not mounted at " + plan.snapDir);
    return {};
}

} // namespace corral::launch
