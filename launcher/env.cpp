#include "launcher/env.h"

#include "launcher/util.h"

#include <sys/stat.h>
#include <unistd.h>

namespace corral::launch {
namespace {

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

std::string lookup(const std::vector<std::string> &environment, const std::string &name)
{
    for (auto it = environment.rbegin(); it != environment.rend(); ++it) {
        if (it->size() > name.size() && (*it)[name.size()] == '=' && startsWith(*it, name))
            return it->substr(name.size() + 1);
    }
    return {};
}

void set(std::vector<std::string> &environment, const std::string &name, const std::string &value)
{
    for (std::string &entry : environment) {
        if (entry.size() > name.size() && entry[name.size()] == '=' && startsWith(entry, name)) {
            entry = name + "=" + value;
            return;
        }
    }
    environment.push_back(name + "=" + value);
}

// mkdir that accepts an existing directory; the caller's own privileges decide.
Status makeDirectory(const std::string &path, mode_t mode)
{
    if (::mkdir(path.c_str(), mode) == 0)
        return {};
    struct stat st
    {
    };
    if (errno == EEXIST && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        return {};
    return failErrno("cannot create " + path);
}

} // namespace

AppPaths appPaths(const Plan &plan, const Invocation &invocation, const std::string &snapDir)
{
    AppPaths paths;
    const bool classic = plan.confinement == Confinement::Classic;
    const std::string varSnap = classic ? rooted(invocation.root, "/var/snap") : "/var/snap";
    paths.snap = snapDir;
    paths.snapData = varSnap + "/" + plan.snap + "/" + plan.revision;
    paths.snapCommon = varSnap + "/" + plan.snap + "/common";
    paths.realHome = invocation.home;
    paths.snapUserData = joinPath(invocation.home, "snap/" + plan.snap + "/" + plan.revision);
    paths.snapUserCommon = joinPath(invocation.home, "snap/" + plan.snap + "/common");
    paths.xdgRuntimeDir = "/run/user/" + std::to_string(invocation.uid) + "/snap." + plan.snap;
    return paths;
}

LandlockVariables landlockVariables(const AppPaths &paths)
{
    return { paths.realHome, paths.snapUserData, paths.snapUserCommon, paths.xdgRuntimeDir };
}

std::string expandVariables(const std::string &value, const std::vector<std::string> &environment)
{
    std::string result;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '$' || i + 1 == value.size()) {
            result += value[i];
            continue;
        }
        std::size_t start = i + 1;
        std::size_t end = start;
        if (value[start] == '{') {
            end = value.find('}', start);
            if (end == std::string::npos) {
                result += value[i];
                continue;
            }
            result += lookup(environment, value.substr(start + 1, end - start - 1));
            i = end;
            continue;
        }
        while (end < value.size() && isNameChar(value[end]))
            ++end;
        if (end == start) {
            result += value[i];
            continue;
        }
        result += lookup(environment, value.substr(start, end - start));
        i = end - 1;
    }
    return result;
}

std::vector<std::string> appEnvironment(
    const Plan &plan, const Invocation &invocation, const AppPaths &paths)
{
    std::vector<std::string> environment = invocation.environment;
    const bool classic = plan.confinement == Confinement::Classic;
    std::string path = lookup(environment, "PATH");
    if (path.empty())
        path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    set(environment, "SNAP", paths.snap);
    set(environment, "SNAP_NAME", plan.snap);
    set(environment, "SNAP_INSTANCE_NAME", plan.snap);
    set(environment, "SNAP_REVISION", plan.revision);
    set(environment, "SNAP_DATA", paths.snapData);
    set(environment, "SNAP_COMMON", paths.snapCommon);
    set(environment, "SNAP_USER_DATA", paths.snapUserData);
    set(environment, "SNAP_USER_COMMON", paths.snapUserCommon);
    set(environment, "SNAP_REAL_HOME", paths.realHome);
    set(environment, "SNAP_UID", std::to_string(invocation.uid));
    set(environment, "SNAP_CONFINEMENT", toString(plan.confinement));
    // Confined apps keep their dot files in $SNAP_USER_DATA; classic ones live on the host.
    set(environment, "HOME", classic ? paths.realHome : paths.snapUserData);
    if (!classic)
        set(environment, "TMPDIR", "/tmp");
    set(environment, "XDG_RUNTIME_DIR", paths.xdgRuntimeDir);
    set(environment, "PATH",
        paths.snap + "/usr/sbin:" + paths.snap + "/usr/bin:" + paths.snap + "/sbin:" + paths.snap
            + "/bin:" + path);
    for (const auto &[name, value] : plan.environment)
        set(environment, name, expandVariables(value, environment));
    return environment;
}

AppCommand appCommand(
    const Plan &plan, const std::string &snapDir, const std::vector<std::string> &arguments)
{
    AppCommand command;
    for (const std::string &link : plan.commandChain)
        command.argv.push_back(joinPath(snapDir, link));
    command.argv.push_back(joinPath(snapDir, plan.command.front()));
    command.argv.insert(command.argv.end(), plan.command.begin() + 1, plan.command.end());
    command.argv.insert(command.argv.end(), arguments.begin(), arguments.end());
    command.program = command.argv.front();
    return command;
}

Status createUserDirectories(const AppPaths &paths, const Invocation &invocation)
{
    const std::string snapRoot = joinPath(invocation.home, "snap");
    CORRAL_TRY(makeDirectory(snapRoot, 0700));
    CORRAL_TRY(makeDirectory(splitParent(paths.snapUserData).first, 0755));
    CORRAL_TRY(makeDirectory(paths.snapUserData, 0755));
    CORRAL_TRY(makeDirectory(paths.snapUserCommon, 0755));
    const std::string runtimeParent = splitParent(paths.xdgRuntimeDir).first;
    struct stat st
    {
    };
    if (::stat(runtimeParent.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
        CORRAL_TRY(makeDirectory(paths.xdgRuntimeDir, 0700));
    return {};
}

Error execApp(const AppCommand &command, const std::vector<std::string> &environment, mode_t umask)
{
    std::vector<char *> argv;
    for (const std::string &argument : command.argv)
        argv.push_back(const_cast<char *>(argument.c_str()));
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (const std::string &entry : environment)
        envp.push_back(const_cast<char *>(entry.c_str()));
    envp.push_back(nullptr);
    ::umask(umask);
    ::execve(command.program.c_str(), argv.data(), envp.data());
    return failErrno(command.program);
}

} // namespace corral::launch
