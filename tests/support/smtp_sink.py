#!/usr/bin/python3
"""A local SMTP server for tests: keeps every message it accepts as files.

Usage: /usr/bin/python3 tests/support/smtp_sink.py PORT DIRECTORY

For each message N (counting from 1) it writes DIRECTORY/N.eml (the bytes as
received) and DIRECTORY/N.json (envelope, header fields with RFC 2047 words
decoded, and the decoded body), both by rename so a reader never sees half a
file. DIRECTORY/ready appears once the server listens. SIGTERM stops it.

Python's email package decodes independently of the C++ code under test, so a
test that compares its output with the original text checks the encoding.
Runs under Debian's /usr/bin/python3, where python3-aiosmtpd is installed.
"""

import email
import email.policy
import itertools
import json
import os
import signal
import sys
import threading

from aiosmtpd.controller import Controller


def write_atomically(path, data):
    temporary = path + ".part"
    with open(temporary, "wb") as file:
        file.write(data)
    os.rename(temporary, path)


class KeepingHandler:
    def __init__(self, directory):
        self.directory = directory
        self.numbers = itertools.count(1)
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or envelope.content
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        record = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "headers": {name: str(value) for name, value in parsed.items()},
            "subject": str(parsed["Subject"] or ""),
            "body": parsed.get_content() if not parsed.is_multipart() else "",
            "content_type": parsed.get_content_type(),
            "charset": parsed.get_content_charset(),
        }
        with self.lock:
            number = next(self.numbers)
        base = os.path.join(self.directory, str(number))
        # The .eml last: tests count those, and its .json is then already there.
        write_atomically(base + ".json", json.dumps(record).encode("utf-8"))
        write_atomically(base + ".eml", raw)
        return "250 OK"


def main():
    port = int(sys.argv[1])
    directory = sys.argv[2]
    os.makedirs(directory, exist_ok=True)
    controller = Controller(KeepingHandler(directory), hostname="127.0.0.1", port=port)
    controller.start()
    stopping = threading.Event()
    signal.signal(signal.SIGTERM, lambda number, frame: stopping.set())
    signal.signal(signal.SIGINT, lambda number, frame: stopping.set())
    write_atomically(os.path.join(directory, "ready"), b"")
    # A wait with a timeout, so the signal handler gets to run promptly.
    while not stopping.wait(0.1):
        pass
    controller.stop()


if __name__ == "__main__":
    main()
