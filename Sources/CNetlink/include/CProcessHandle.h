#ifndef PORTLORE_CPROCESSHANDLE_H
#define PORTLORE_CPROCESSHANDLE_H

/*
 * pidfd_open(2) and pidfd_send_signal(2) for `portlore kill`. glibc wraps them only
 * from 2.36 on and Swift cannot call the variadic syscall(2), so they are wrapped here.
 * The numbers are the same on every architecture (the unified syscall table, Linux 5.1+
 * for pidfd_send_signal, 5.3+ for pidfd_open).
 */

#include <signal.h>
#include <unistd.h>
#include <sys/syscall.h>
#include <sys/types.h>

#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal 424
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open 434
#endif

static inline int portlore_pidfd_open(pid_t pid) {
    return (int)syscall(SYS_pidfd_open, pid, 0);
}

static inline int portlore_pidfd_send_signal(int pidfd, int signal) {
    return (int)syscall(SYS_pidfd_send_signal, pidfd, signal, (void *)0, 0);
}

#endif
