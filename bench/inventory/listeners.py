#!/usr/bin/env python3
"""Load for bench/inventory/run.sh: COUNT TCP listeners on 127.0.0.1 spread over
PROCS processes, on explicit ports from BASE (bind(port 0) makes the kernel
search for a free port and takes ~40 s for 20,000 sockets).

Prints "ready LISTENERS FAILED" once every process has bound its share, then
waits until its stdin closes, and takes its children down with it.
"""
import os
import resource
import signal
import socket
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
procs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
base = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
per_proc = (count + procs - 1) // procs

soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
want = per_proc + 64
if soft < want:
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(want, hard), hard))

report_r, report_w = os.pipe()
children = []
for index in range(procs):
    first = base + index * per_proc
    ports = range(first, min(first + per_proc, base + count))
    pid = os.fork()
    if pid == 0:
        os.close(report_r)
        held, failed = [], 0
        for port in ports:
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                s.bind(("127.0.0.1", port))
                s.listen(8)
                held.append(s)
            except OSError:
                s.close()
                failed += 1
        os.write(report_w, f"{len(held)} {failed}\n".encode())
        os.close(report_w)
        signal.pause()  # until the parent's SIGTERM
        os._exit(0)
    children.append(pid)
os.close(report_w)

listening = failed = 0
with os.fdopen(report_r) as reports:
    for line in reports:
        ok, bad = line.split()
        listening += int(ok)
        failed += int(bad)

print(f"ready {listening} {failed}", flush=True)
try:
    sys.stdin.read()
finally:
    for pid in children:
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    for pid in children:
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
