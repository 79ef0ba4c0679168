#!/usr/bin/env python3
"""py_parse.py LIST - the baseline of the parse benchmark: Python's email
package (policy default) reading the same files, with the subject, the From
display name and the text of the preferred body part, as mayorbox does."""
import email
import email.policy
import sys

n = 0
for path in open(sys.argv[1]).read().split('\n'):
    if not path:
        continue
    with open(path, 'rb') as f:
        data = f.read()
    try:
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
print(n, 'letters')
