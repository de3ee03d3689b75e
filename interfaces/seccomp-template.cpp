// The default seccomp allow-list every strict or devmode app gets; interface snippets
// are appended to it. Bump seccompTemplateVersion (seccomp.h) whenever this text changes,
// so that the system key notices and every profile is regenerated.
#include "interfaces/seccomp.h"

namespace corral {

const char *seccompDefaultTemplate()
{
    return R"(# Corral's default seccomp template.
#
# One rule a line. "NAME" allows a system call; "NAME ARG0 ARG1 ..." allows it only
# when its arguments match: "-" any value, "N" equal, ">N" "<N" ">=N" "<=N", "!N" not
# equal, "|MASK" all bits of MASK set. N is a number (decimal, 0x hex, -1 for an id
# left unchanged) or a constant (AF_INET, TIOCSTI, u:root ...). "~NAME ..." denies the
# matching calls with EACCES even when another rule allows them. "@enosys NAME" answers NAME with ENOSYS unless a rule allows it. A call
# no rule allows fails with EPERM. Names this architecture lacks are skipped.
#
# Left out on purpose, so they fail with EPERM (interfaces may add some back):
# - mounts and the root: mount, umount2, pivot_root, chroot, the fsopen/fsmount/
#   move_mount/open_tree family, quotactl
# - namespaces: unshare, setns, and namespace flags on clone (below)
# - other processes' memory: ptrace, process_vm_readv/writev, kcmp, pidfd_getfd,
#   process_madvise
# - the kernel: bpf, perf_event_open, kexec_load, kexec_file_load, init_module,
#   finit_module, delete_module, swapon, swapoff, reboot, syslog, acct, iopl, ioperm,
#   the clock and host name setters, keyctl, add_key, request_key
# - serving connections: bind, listen, accept, accept4 (network-bind adds them)
# - calls with a history of exploits and little use in apps: userfaultfd, io_uring_*,
#   open_by_handle_at, name_to_handle_at, modify_ldt

# Files and directories
access
faccessat
faccessat2
chdir
fchdir
getcwd
chmod
fchmod
fchmodat
fchmodat2
close
close_range
creat
open
openat
openat2
dup
dup2
dup3
fcntl
fcntl64
flock
getdents
getdents64
link
linkat
mkdir
mkdirat
rename
renameat
renameat2
rmdir
symlink
symlinkat
unlink
unlinkat
readlink
readlinkat
umask
truncate
truncate64
ftruncate
ftruncate64
fallocate
utime
utimes
utimensat
futimesat
inotify_init
inotify_init1
inotify_add_watch
inotify_rm_watch

# Only regular files, pipes and sockets: device nodes are for the system to make.
mknod - |S_IFREG -
mknod - |S_IFIFO -
mknod - |S_IFSOCK -
mknodat - - |S_IFREG -
mknodat - - |S_IFIFO -
mknodat - - |S_IFSOCK -

# Ownership may only go to root, or stay as it is (-1). An app runs as its user without
# CAP_CHOWN, so the kernel refuses even this unless the app already owns the file as
# root; the rule keeps a confined root from handing files to other users.
chown - u:root g:root
chown - u:root -1
chown - -1 g:root
chown - -1 -1
chown32 - u:root g:root
chown32 - u:root -1
chown32 - -1 g:root
chown32 - -1 -1
lchown - u:root g:root
lchown - u:root -1
lchown - -1 g:root
lchown - -1 -1
lchown32 - u:root g:root
lchown32 - u:root -1
lchown32 - -1 g:root
lchown32 - -1 -1
fchown - u:root g:root
fchown - u:root -1
fchown - -1 g:root
fchown - -1 -1
fchown32 - u:root g:root
fchown32 - u:root -1
fchown32 - -1 g:root
fchown32 - -1 -1
fchownat - - u:root g:root
fchownat - - u:root -1
fchownat - - -1 g:root
fchownat - - -1 -1

# Extended attributes (AppArmor and the file's permissions decide which)
getxattr
lgetxattr
fgetxattr
listxattr
llistxattr
flistxattr
setxattr
lsetxattr
fsetxattr
removexattr
lremovexattr
fremovexattr

# File status
stat
stat64
lstat
lstat64
fstat
fstat64
fstatat64
newfstatat
statx
statfs
statfs64
fstatfs
fstatfs64
ustat

# Reading, writing and moving data
read
readv
pread64
preadv
preadv2
write
writev
pwrite64
pwritev
pwritev2
lseek
_llseek
sendfile
sendfile64
splice
tee
vmsplice
copy_file_range
readahead
fadvise64
fadvise64_64
arm_fadvise64_64
fsync
fdatasync
syncfs
sync
sync_file_range
sync_file_range2
arm_sync_file_range
io_setup
io_destroy
io_submit
io_cancel
io_getevents
io_pgetevents

# Terminals and devices: ioctl is open, except faking input on a terminal (TIOCSTI)
# and the Linux console's selection and keyboard requests (TIOCLINUX), which let a
# program type into another one. "~" rules compare only the low 32 bits, as the kernel
# does, so setting the upper half of the register cannot slip past them.
ioctl
~ioctl - TIOCSTI
~ioctl - TIOCLINUX

# Waiting for events, pipes and timers
poll
ppoll
select
_newselect
pselect6
epoll_create
epoll_create1
epoll_ctl
epoll_wait
epoll_pwait
epoll_pwait2
eventfd
eventfd2
signalfd
signalfd4
timerfd_create
timerfd_settime
timerfd_gettime
pipe
pipe2

# Memory
brk
mmap
mmap2
munmap
mremap
mprotect
madvise
mincore
msync
mlock
mlock2
mlockall
munlock
munlockall
membarrier
memfd_create
remap_file_pages
pkey_alloc
pkey_free
pkey_mprotect
get_mempolicy
set_mempolicy
mbind

# System V IPC: X11's shared memory extension and older toolkits use it. Its objects
# are shared with the host and guarded by their permission bits. (POSIX message queues
# are not listed: an interface adds them.)
shmget
shmat
shmdt
shmctl
semget
semop
semtimedop
semctl
msgget
msgsnd
msgrcv
msgctl
ipc

# Processes and threads. Namespaces need CAP_SYS_ADMIN except a user namespace, which
# would hand the app a fresh set of capabilities over it: refuse it outright.
clone
~clone |CLONE_NEWUSER
~clone |CLONE_NEWNS
~clone |CLONE_NEWPID
~clone |CLONE_NEWNET
~clone |CLONE_NEWIPC
~clone |CLONE_NEWUTS
~clone |CLONE_NEWCGROUP
# clone3 passes its flags in memory, where a filter cannot look. C libraries fall back
# to clone when clone3 fails with ENOSYS, and the rules above apply there.
@enosys clone3
fork
vfork
execve
execveat
exit
exit_group
wait4
waitid
waitpid
getpid
getppid
gettid
getpgid
getpgrp
setpgid
getsid
setsid
set_tid_address
get_robust_list
set_robust_list
rseq
futex
futex_waitv
# architecture-specific thread and cache setup (x86, arm, risc-v)
arch_prctl
set_thread_area
get_thread_area
set_tls
cacheflush
riscv_flush_icache
prctl
seccomp
landlock_create_ruleset
landlock_add_rule
landlock_restrict_self
restart_syscall
getrandom
uname
olduname
sysinfo
getcpu

# Only the default and the unusual personalities that old binaries ask for (Linux,
# 32-bit uname, 2.6-style uname), and the query (0xffffffff).
personality 0
personality 0x8
personality 0x20000
personality 0x20008
personality 0xffffffff

# Identity. The app has no capabilities, so the kernel lets it switch only among the
# ids it already has; these calls can only drop privileges.
getuid
getuid32
geteuid
geteuid32
getgid
getgid32
getegid
getegid32
getresuid
getresuid32
getresgid
getresgid32
getgroups
getgroups32
setuid
setuid32
setgid
setgid32
setreuid
setreuid32
setregid
setregid32
setresuid
setresuid32
setresgid
setresgid32
setfsuid
setfsuid32
setfsgid
setfsgid32
setgroups
setgroups32
capget
capset

# Limits and scheduling: an app may lower its own priority and pin its own threads,
# but not change other processes.
getrlimit
ugetrlimit
setrlimit
prlimit64
getrusage
times
getpriority
nice <=19
setpriority PRIO_PROCESS 0 <=19
ioprio_get
sched_yield
sched_getaffinity
sched_setaffinity 0 - -
sched_getparam
sched_setparam 0 -
sched_getscheduler
sched_setscheduler 0 - -
sched_getattr
sched_get_priority_max
sched_get_priority_min
sched_rr_get_interval

# Time
clock_gettime
clock_getres
clock_nanosleep
gettimeofday
time
nanosleep
alarm
pause
getitimer
setitimer
timer_create
timer_settime
timer_gettime
timer_getoverrun
timer_delete

# Signals (AppArmor decides whom an app may signal, where it is enabled)
kill
tkill
tgkill
pidfd_open
pidfd_send_signal
rt_sigaction
rt_sigprocmask
rt_sigpending
rt_sigsuspend
rt_sigtimedwait
rt_sigqueueinfo
rt_tgsigqueueinfo
rt_sigreturn
sigaction
sigprocmask
sigpending
sigsuspend
sigreturn
signal
sigaltstack

# Sockets: local and internet ones. Other families (netlink, bluetooth, packet, can)
# come from interfaces; so does accepting connections on a bound socket (network-bind).
socket AF_UNIX
socket AF_INET
socket AF_INET6
socketpair AF_UNIX
connect
getsockname
getpeername
getsockopt
setsockopt
shutdown
send
sendto
sendmsg
sendmmsg
recv
recvfrom
recvmsg
recvmmsg
)";
}

} // namespace corral
