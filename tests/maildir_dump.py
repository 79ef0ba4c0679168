#!/usr/bin/env python3
"""maildir_dump.py DIR - one JSON object per line for each message file in
DIR (the SMTP test server's delivered mail): recipient, decoded subject,
Message-ID, In-Reply-To, Auto-Submitted, decoded text. For the shell tests."""
import email
import email.policy
import json
import os
import sys


def main():
    d = sys.argv[1]
    if not os.path.isdir(d):
        return 0
    for name in sorted(os.listdir(d)):
        path = os.path.join(d, name)
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as f:
            msg = email.message_from_binary_file(f, policy=email.policy.default)
        body = msg.get_body(preferencelist=("plain",))
        text = body.get_content() if body is not None else ""
        rcpt = msg.get("X-Original-To") or msg.get("Delivered-To") or msg.get("To") or ""
        print(json.dumps({
            "file": name,
            "rcpt": str(rcpt).strip().strip("<>").lower(),
            "to": str(msg.get("To", "")),
            "from": str(msg.get("From", "")),
            "subject": str(msg.get("Subject", "")),
            "message_id": str(msg.get("Message-ID", "")).strip(),
            "in_reply_to": str(msg.get("In-Reply-To", "")).strip(),
            "auto_submitted": str(msg.get("Auto-Submitted", "")),
            "return_path": str(msg.get("Return-Path", "")),
            "text": text,
        }, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
