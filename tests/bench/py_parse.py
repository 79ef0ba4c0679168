#!/usr/bin/env python3
"""py_parse.py [--compat32] LIST - the baseline of the parse benchmark:
Python's email package reading the same files.

Default: policy default, with the subject, the From display name and the
text of the preferred body part, as mayorbox does.

--compat32: the compat32 policy doing the work the parsers do: every header's
encoded words decoded (email.header.decode_header), every part's payload
decoded from its transfer encoding (text and attachments), and the text
parts turned into str in their charset. Prints the letters and the decoded
bytes, so a run that did nothing shows."""
import email
import email.header
import email.policy
import sys

compat32 = len(sys.argv) > 2 and sys.argv[1] == '--compat32'
listfile = sys.argv[-1]
n = 0
decoded = 0
for path in open(listfile).read().split('\n'):
    if not path:
        continue
    with open(path, 'rb') as f:
        data = f.read()
    try:
        if compat32:
            m = email.message_from_bytes(data, policy=email.policy.compat32)
            for k, v in m.items():
                for s, cs in email.header.decode_header(v):
                    if isinstance(s, bytes):
                        s.decode(cs or 'ascii', 'replace')
            for part in m.walk():
                if part.is_multipart():
                    continue
                b = part.get_payload(decode=True) or b''
                decoded += len(b)
                if part.get_content_maintype() == 'text':
                    b.decode(part.get_content_charset() or 'us-ascii', 'replace')
        else:
            m = email.message_from_bytes(data, policy=email.policy.default)
            str(m['subject'] or '')
            fr = m['from']
            if fr is not None and fr.addresses:
                fr.addresses[0].display_name
            b = m.get_body(preferencelist=('plain', 'html'))
            if b is not None:
                b.get_content()
    except Exception:
        pass
    n += 1
print(n, 'letters', decoded, 'bytes decoded')
