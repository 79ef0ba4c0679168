#!/usr/bin/env python3
"""make_mailbox.py N DIR - N letters of realistic size for the IMAP
benchmark (a tenth with a photo or document attached), written as DIR/*.eml.
Deterministic (fixed seed). Our own text, generated."""
import base64
import os
import random
import sys

random.seed(20261128)
n, d = int(sys.argv[1]), sys.argv[2]
os.makedirs(d, exist_ok=True)
zh = ("市长您好，我是本市居民，想反映一个问题。小区门口的路灯已经坏了两个多星期，晚上出行很不方便，"
      "老人和孩子经常摔倒。物业说不归他们管，街道办也一直没有答复。希望有关部门尽快派人维修。谢谢！")
en = ("Dear Mayor, I live in the old town and would like to report that the street lights on our "
      "lane have been out for two weeks. Elderly neighbours have fallen twice. The property company "
      "says it is not their responsibility. Please ask the right department to repair them. Thank you.")
for i in range(n):
    body = zh if i % 3 else en
    paras = "\r\n\r\n".join(body for _ in range(random.randint(2, 6)))
    head = ("From: writer%d@example.com\r\nTo: mayor@city.example\r\nSubject: letter %d\r\n"
            "Date: Sat, 28 Nov 2026 10:%02d:%02d +0800\r\nMessage-ID: <bench%d@example.com>\r\n"
            "MIME-Version: 1.0\r\n" % (i, i, i % 60, i % 60, i))
    if i % 10 == 0:
        blob = bytes(random.getrandbits(8) for _ in range(random.randint(20000, 120000)))
        b64 = base64.encodebytes(blob).decode().replace("\n", "\r\n")
        msg = (head + 'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n'
               "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
               "--b%d\r\nContent-Type: image/jpeg; name=\"photo%d.jpg\"\r\n"
               "Content-Disposition: attachment; filename=\"photo%d.jpg\"\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n%s--b%d--\r\n"
               % (i, i, paras, i, i, i, b64, i))
    else:
        msg = head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + paras + "\r\n"
    with open(os.path.join(d, "%06d.eml" % i), "wb") as f:
        f.write(msg.encode("utf-8"))
