#!/usr/bin/env python3
"""Generate mayorbox's labelled test letters.

Run from the repository root:

    python3 tests/data/gen/make_letters.py

It writes tests/data/letters/NNN-name.eml (e-mail, CRLF line ends) and
tests/data/letters/NNN-name.json (web-form submissions), tests/data/labels.tsv,
then re-parses every file with Python's `email` package and checks that the
decoded text holds the letter's text.  Everything is deterministic: dates,
Message-IDs and MIME boundaries are derived from the letter number and name,
so rerunning reproduces byte-identical files.

All letters, names, addresses and phone numbers are invented.  Domains are
example domains (city.example, 163.example, qq.example, example.com ...).

The letter table is in the second half of this file: E(...) is an e-mail,
F(...) a web-form submission.  Labelling rules are in ../README.md.
"""

import base64
import datetime
import email
import email.policy
import hashlib
import html as htmlmod
import io
import json
import os
import re
import struct
import sys
import urllib.parse
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)
OUT = os.path.join(DATA, "letters")

DEPT = {
    "HR": "Human Resources and Social Security Bureau",
    "HEALTH": "Health Commission",
    "EDU": "Education Bureau",
    "TRANS": "Transport Bureau",
    "HOUSING": "Housing and Urban-Rural Development Bureau",
    "MARKET": "Market Regulation Administration",
    "PSB": "Public Security Bureau",
    "ECO": "Ecology and Environment Bureau",
    "CIVIL": "Civil Affairs Bureau",
    "DIC": "Discipline Inspection Commission",
    "TOUR": "Culture and Tourism Bureau",
    "URBAN": "Urban Management Bureau",
    "PLAN": "Natural Resources and Planning Bureau",
    "WATER": "Water Affairs Bureau",
    "EMERG": "Emergency Management Bureau",
    "APPROVAL": "Administrative Approval Bureau",
    "JUSTICE": "Justice Bureau",
    "COMMERCE": "Commerce and Investment Promotion Bureau",
    "": "",
}
CATEGORIES = ("consultation", "suggestion", "demand", "complaint", "information")

# Python codec for each charset label we write.
CODEC = {
    "utf-8": "utf-8", "us-ascii": "ascii", "gb2312": "gb2312", "gbk": "gbk",
    "gb18030": "gb18030", "big5": "big5", "iso-2022-jp": "iso2022_jp",
    "windows-1252": "cp1252", "iso-8859-1": "latin-1", "iso-8859-15": "iso8859_15",
}

# ---------------------------------------------------------------------------
# small deterministic helpers


def h(*parts, n=16):
    """Deterministic hex digest of the parts."""
    return hashlib.sha256("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def hnum(*parts, digits=10):
    return str(int(h(*parts, n=15), 16))[:digits].rjust(digits, "7")


def codec(cs):
    return CODEC[cs.lower()]


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------------------
# RFC 2047 encoded words

def _q_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def encoded_words(text, charset, mode="B", first_room=75):
    """Split text into encoded words of at most 75 characters each, never
    cutting a character (each word is decodable on its own, as RFC 2047
    requires; for ISO-2022-JP each word ends back in ASCII)."""
    enc = codec(charset)
    words = []
    cur = ""
    room = first_room

    def word(s):
        b = s.encode(enc)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        return "=?%s?Q?%s?=" % (charset, _q_bytes(b))

    for ch in text:
        if cur and len(word(cur + ch)) > room:
            words.append(word(cur))
            cur = ""
            room = 75
        cur += ch
    if cur:
        words.append(word(cur))
    return words


def fold_words(name, words):
    """Header line with one encoded word per folded line."""
    return "%s: %s" % (name, "\r\n ".join(words))


def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def fmt_addr(name, addr, charset, mode="B", quote=False):
    if not name:
        return "<%s>" % addr if quote else addr
    if needs_encoding(name):
        w = " ".join(encoded_words(name, charset, mode))
        if quote:  # some clients wrongly quote encoded words
            return '"%s" <%s>' % (w, addr)
        return "%s <%s>" % (w, addr)
    if re.search(r"[,.;:@()<>\[\]\"]", name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


# ---------------------------------------------------------------------------
# body transfer encodings

def b64_body(b):
    s = base64.b64encode(b).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n"


def qp_body(b):
    """Quoted-printable with CRLF line ends and soft breaks at 76 columns."""
    lines = b.replace(b"\r\n", b"\n").split(b"\n")
    out = []
    for li, line in enumerate(lines):
        toks = []
        for i, c in enumerate(line):
            last = i == len(line) - 1
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and not last):
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    if out and out[-1] == "":
        out.pop()
    return "\r\n".join(out) + "\r\n"


def eightbit_body(b):
    lines = b.replace(b"\r\n", b"\n").split(b"\n")
    for line in lines:
        assert len(line) < 990, "8bit line too long"
    body = b"\r\n".join(lines)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body


def encode_body(b, cte):
    if cte == "base64":
        return b64_body(b).encode()
    if cte == "quoted-printable":
        return qp_body(b).encode()
    return eightbit_body(b)


# ---------------------------------------------------------------------------
# tiny generated attachments (all made here, byte for byte)

def make_png(w=16, h_=12, rgb=(200, 60, 40)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h_))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h_, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def make_jpeg(gray=128, comment=b"mayorbox test photo"):
    """An 8x8 grey baseline JPEG: one block, DC only, one-code Huffman tables."""
    def seg(marker, payload):
        return b"\xff" + bytes([marker]) + struct.pack(">H", len(payload) + 2) + payload
    out = b"\xff\xd8"
    out += seg(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += seg(0xFE, comment)
    out += seg(0xDB, b"\x00" + bytes([1] * 64))                 # all-ones quant table
    out += seg(0xC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00")    # 8x8, 1 component
    # DC table 0: one code of length 1 for category 0 / AC table 0: EOB only
    out += seg(0xC4, b"\x00" + b"\x01" + b"\x00" * 15 + b"\x00")
    out += seg(0xC4, b"\x10" + b"\x01" + b"\x00" * 15 + b"\x00")
    out += seg(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    out += b"\x3f"          # bits 0 (DC diff 0), 0 (EOB), padded with ones
    out += b"\xff\xd9"
    return out


def make_pdf(lines):
    text = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(%s) '" % l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref)).encode()
    return out


def make_docx(paragraphs):
    """A minimal WordprocessingML package, with fixed zip timestamps."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % htmlmod.escape(p)
                   for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/'
         'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="%s"><w:body>%s</w:body></w:document>' % (ns, body)),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 30, 20, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def att(filename, kind, style="2231", content=None, charset="utf-8", fn_charset="UTF-8"):
    """Describe an attachment. kind: jpg png pdf docx txt; content: text lines."""
    if kind == "jpg":
        data, ct = make_jpeg(96 + len(filename) % 100, filename.encode("utf-8")[:60]), "image/jpeg"
    elif kind == "png":
        data, ct = make_png(16, 12, (len(filename) * 7 % 256, 120, 60)), "image/png"
    elif kind == "pdf":
        data, ct = make_pdf(content or ["mayorbox test document"]), "application/pdf"
    elif kind == "docx":
        data = make_docx(content or [filename])
        ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    elif kind == "txt":
        data, ct = crlf("\n".join(content)).encode(codec(charset)), "text/plain"
    else:
        raise ValueError(kind)
    return {"filename": filename, "ct": ct, "data": data, "style": style,
            "charset": charset, "fn_charset": fn_charset, "kind": kind}


# ---------------------------------------------------------------------------
# dates, ids, boundaries, client styles

BASE = datetime.datetime(2026, 9, 1, 7, 40, 0)
WEEKDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def local_time(n, when=None):
    if when:
        return datetime.datetime(*when)
    return BASE + datetime.timedelta(hours=n * 13 + (n * 7) % 5, minutes=(n * 37) % 60,
                                     seconds=(n * 53) % 60)


def rfc_date(t, style, tz=8):
    """t is the writer's local time in zone UTC+tz (hours, may be fractional)."""
    def zone(off):
        sign = "+" if off >= 0 else "-"
        m = int(round(abs(off) * 60))
        return "%s%02d%02d" % (sign, m // 60, m % 60)

    if style in (3, 5):  # converted to UTC by the client
        t = t - datetime.timedelta(hours=tz)
        tz = 0
    wd, mon = WEEKDAY[t.weekday()], MONTH[t.month - 1]
    hms = t.strftime("%H:%M:%S")
    if style == 0:
        return "%s, %02d %s %d %s %s" % (wd, t.day, mon, t.year, hms, zone(tz))
    if style == 1:
        return "%s, %d %s %d %s %s (CST)" % (wd, t.day, mon, t.year, hms, zone(tz))
    if style == 2:
        return "%d %s %d %s %s" % (t.day, mon, t.year, hms, zone(tz))
    if style == 3:
        return "%s, %02d %s %d %s GMT" % (wd, t.day, mon, t.year, hms)
    if style == 4:
        return "%s, %d %s %d %s %s (China Standard Time)" % (wd, t.day, mon, t.year, hms, zone(tz))
    if style == 5:
        return "%s, %d %s %d %s +0000" % (wd, t.day, mon, t.year, hms)
    if style == 6:
        return "%s, %d %s %d %s %s" % (wd, t.day, mon, t.year, t.strftime("%H:%M"), zone(tz))
    raise ValueError(style)


MAILERS = {
    # name: (extra headers, boundary pattern, message-id pattern, html style)
    "foxmail": (["X-Priority: 3", "X-Has-Attach: {has_attach}", "X-Mailer: Foxmail 7.2.25.375[cn]"],
                "----=_001_NextPart{d12}_=----", "<{ts}{d6}@{domain}>", "foxmail"),
    "qq": (["X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"],
           "----=_NextPart_{H8}_{H8b}_{H8c}", "<tencent_{H24}@{domain}>", "qq"),
    "coremail": (["X-Mailer: Coremail Webmail Server Version XT6.0 build 20260512",
                  "X-Originating-IP: [198.51.100.{ip}]"],
                 "----=_Part_{d6}_{d9}.{ms}", "<{h8}.{h4}.{h11}.Coremail.{local}@{domain}>", "coremail"),
    "outlook": (["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQH{tix}", "Content-Language: {lang}"],
                "----=_NextPart_000_{H4}_{H8}.{H8b}", "<{H24}@{domain}>", "outlook"),
    "apple": (["X-Mailer: Apple Mail (2.3826.400.41)"],
              "Apple-Mail={UUID}", "<{UUID}@{domain}>", "apple"),
    "thunderbird": (["User-Agent: Mozilla Thunderbird 128.3.0"],
                    "------------{h24}", "<{uuid}@{domain}>", "plain"),
    "webmail": ([], "000000000000{h16}", "<CA{b40}@mail.{domain}>", "gmail"),
    "phone": (["X-Mailer: iPhone Mail (22A3354)"],
              "Apple-Mail-{UUID}", "<{UUID}@{domain}>", "apple"),
    "android": (["X-Mailer: Android Mail 6.0"],
                "--_com.android.email_{d15}", "<{h24}@{domain}>", "plain"),
    "none": ([], "=============={d19}==", "<{d19}.{d6}.{ts}@{domain}>", "plain"),
}


def fill(pattern, key, domain, local, ts, lang="zh-cn"):
    def d(k):
        return hnum(key, k, digits=int(k))

    hx = h(key, "hex", n=64)
    uu = "%s-%s-%s-%s-%s" % (hx[:8], hx[8:12], "4" + hx[13:16], "a" + hx[17:20], hx[20:32])
    b40 = base64.b64encode(bytes.fromhex(h(key, "b40", n=56))).decode().rstrip("=").replace("/", "_").replace("+", "-")
    rep = {
        "{d6}": d(6), "{d9}": d(9), "{d12}": d(12), "{d15}": d(15), "{d19}": d(19),
        "{h4}": hx[40:44], "{h8}": hx[:8], "{h11}": hx[44:55], "{h16}": hx[:16], "{h24}": hx[8:32],
        "{H4}": hx[32:36].upper(), "{H8}": hx[:8].upper(), "{H8b}": hx[8:16].upper(),
        "{H8c}": hx[16:24].upper(), "{H24}": hx[24:48].upper(), "{UUID}": uu.upper(), "{uuid}": uu,
        "{b40}": b40, "{ms}": "17" + d(11), "{ts}": ts, "{domain}": domain, "{local}": local,
        "{ip}": str(int(hx[50:52], 16) % 250 + 2), "{lang}": lang,
        "{tix}": base64.b64encode(bytes.fromhex(hx[20:50])).decode(),
    }
    for k, v in rep.items():
        pattern = pattern.replace(k, v)
    return pattern


# ---------------------------------------------------------------------------
# text -> HTML in a few client styles

def to_html(text, charset, style, entities=(), nbsp=False):
    enc = codec(charset)

    def esc(s):
        out = []
        for ch in htmlmod.escape(s, quote=False):
            try:
                ch.encode(enc)
                enc_ok = True
            except UnicodeEncodeError:
                enc_ok = False
            if not enc_ok or ch in entities:
                out.append("&#%d;" % ord(ch))
            else:
                out.append(ch)
        s = "".join(out)
        if nbsp:
            s = s.replace("  ", "&nbsp; ")
            s = re.sub(r"^ ", "&nbsp;", s)
        return s

    paras = text.strip("\n").split("\n")
    head = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">'
            % charset)
    if style == "foxmail":
        body = "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras)
        return (head + '<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px;'
                ' margin-left: 0.5em; }p { margin-top: 0px; margin-bottom: 0px; }</style></head>'
                '<body>\n<div><span></span>' + body + '</div>\n<hr style="width: 210px; height: 1px;"'
                ' color="#b5c4df" size="1" align="left">\n<div><span><div style="MARGIN: 10px; '
                'FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>' + esc(paras[-1]) +
                '</div></div></span></div>\n</body></html>\n')
    if style == "qq":
        body = "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras)
        return (head + '</head><body><meta http-equiv="Content-Type" content="text/html; charset=%s">'
                % charset + body + "</body></html>\n")
    if style == "outlook":
        body = "\n".join('<p class=MsoNormal><span lang=%s>%s<o:p></o:p></span></p>'
                         % ("ZH-CN" if enc.startswith("gb") or enc == "utf-8" else "EN-US",
                            esc(p) if p else "<o:p>&nbsp;</o:p>") for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
                'office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
                '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;\n\tfont-size:10.5pt;\n\tfont-family:DengXian;}\n--></style></head>'
                '<body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word;'
                'text-justify-trim:punctuation\'><div class=WordSection1>\n%s\n</div></body></html>\n'
                % (charset, body))
    if style == "coremail":
        body = "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras)
        return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">'
                + body + '</div><br><br><span title="neteasefooter"><p>&nbsp;</p></span>\n')
    if style == "apple":
        body = "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras)
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
                'after-white-space;">%s</body></html>\n' % (charset, body))
    if style == "gmail":
        body = "".join("<div>%s</div>" % (esc(p) if p else "<br>") for p in paras)
        return '<div dir="ltr">%s</div>\n' % body
    # plain: paragraphs with <br>
    blocks = text.strip("\n").split("\n\n")
    body = "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in b.split("\n")) for b in blocks)
    return "<html><body>\n%s\n</body></html>\n" % body


# ---------------------------------------------------------------------------
# MIME assembly

def part_headers(ct, cte, extra=()):
    hs = ["Content-Type: %s" % ct]
    if cte:
        hs.append("Content-Transfer-Encoding: %s" % cte)
    hs.extend(extra)
    return hs


def text_part(text, ctype, label, true_cs, cte, extra_params=""):
    b = crlf(text).encode(codec(true_cs))
    if cte in ("7bit", "8bit") and true_cs.lower() == "iso-2022-jp":
        cte = "7bit"
    ct = ctype
    if label:
        ct += "; charset=%s" % label if not re.search(r"[\s;]", label) else '; charset="%s"' % label
    ct += extra_params
    return part_headers(ct, cte), encode_body(b, cte)


def quote_2231(s, charset="UTF-8"):
    return "%s''%s" % (charset, urllib.parse.quote(s.encode(codec(charset)), safe=""))


def attachment_part(a, key):
    fn, style = a["filename"], a["style"]
    ctype = a["ct"]
    if a["kind"] == "txt":
        ctype += "; charset=%s" % a["charset"]
    if style == "2231":
        ct = '%s;\r\n\tname*=%s' % (ctype, quote_2231(fn, a["fn_charset"]))
        cd = "attachment;\r\n\tfilename*=%s" % quote_2231(fn, a["fn_charset"])
    elif style == "2047":
        w = " ".join(encoded_words(fn, a["fn_charset"], "B"))
        ct = '%s;\r\n\tname="%s"' % (ctype, w)
        cd = 'attachment;\r\n\tfilename="%s"' % w
    elif style == "2231cont":
        q = quote_2231(fn, a["fn_charset"])
        pieces = []
        rest = q
        while rest:
            cut = min(len(rest), 42)
            while cut < len(rest) and "%" in rest[cut - 2:cut]:
                cut -= 1
            pieces.append(rest[:cut])
            rest = rest[cut:]
        ct = '%s;\r\n\tname="%s"' % (ctype, " ".join(encoded_words(fn, a["fn_charset"], "B")))
        cd = "attachment;" + ";".join("\r\n\tfilename*%d*=%s" % (i, p) for i, p in enumerate(pieces))
    elif style == "ascii":
        ct = '%s; name="%s"' % (ctype, fn)
        cd = 'attachment; filename="%s"' % fn
    else:
        raise ValueError(style)
    hs = ["Content-Type: " + ct, "Content-Transfer-Encoding: base64",
          "Content-Disposition: " + cd]
    return hs, b64_body(a["data"]).encode()


def multipart(subtype, boundary, parts, preamble=True):
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format.\r\n\r\n"
    for hs, body in parts:
        out += ("--%s\r\n" % boundary).encode() + "\r\n".join(hs).encode() + b"\r\n\r\n" + body
        if not body.endswith(b"\r\n"):
            out += b"\r\n"
    out += ("--%s--\r\n" % boundary).encode()
    return ['Content-Type: multipart/%s;\r\n\tboundary="%s"' % (subtype, boundary)], out


def subject_header(subj, charset, mode):
    if mode == "raw":  # 8-bit bytes straight in the header (old clients)
        return ("Subject: " + subj).encode(codec(charset))
    if not needs_encoding(subj):
        return ("Subject: " + subj).encode("ascii")
    # keep an ASCII prefix like "Re: " or "Fwd: " outside the encoded words
    m = re.match(r"^((?:Re|RE|Fwd|FW|Fw): )(.*)$", subj)
    prefix, rest = (m.group(1), m.group(2)) if m else ("", subj)
    words = encoded_words(rest, charset, mode, first_room=75 - len("Subject: ") - len(prefix))
    return (("Subject: " + prefix) + "\r\n ".join(words)).encode("ascii")


def build_message(r, key, top=True):
    """Return the bytes of one message described by record r."""
    cs = r["cs"]                         # true charset of the text
    label = r.get("label", cs)           # charset as labelled ("" = none)
    cte = r.get("cte", "base64")
    st = r.get("st", "plain")
    mailer = r.get("mailer", "none")
    mh, bpat, midpat, hstyle = MAILERS[mailer]
    name, addr = r["frm"]
    local, domain = addr.split("@")
    t = local_time(r["n"], r.get("when"))
    tz = r.get("tz", 8)
    date = rfc_date(t, r.get("dstyle", r["n"] % 7), tz)
    ts = t.strftime("%Y%m%d%H%M%S")
    msgid = r.get("msgid") or fill(midpat, key, domain, local, ts)
    hdr_cs = r.get("hdr_cs", label or cs) if r.get("hdr_cs", label or cs) else cs
    if hdr_cs.lower() not in CODEC:
        hdr_cs = cs
    mode = r.get("sq", "B")

    # ---- body
    text = r["body"]
    atts = r.get("atts", [])
    html_text = r.get("html")
    ctype_extra = r.get("ct_params", "")
    bcount = [0]

    def boundary():
        bcount[0] += 1
        b = fill(bpat, "%s/b%d" % (key, bcount[0]), domain, local, ts)
        return b

    def html_part():
        src = html_text if html_text is not None else to_html(
            text, label or cs, r.get("hstyle", hstyle), entities=r.get("entities", ""),
            nbsp=r.get("nbsp", False))
        return text_part(src, "text/html", label, cs, r.get("html_cte", cte))

    if st == "plain":
        body_hs, body = text_part(text, "text/plain", label, cs, cte, ctype_extra)
    elif st == "html":
        body_hs, body = html_part()
    elif st in ("alt", "related"):
        alt = [text_part(text, "text/plain", label, cs, cte, ctype_extra), html_part()]
        body_hs, body = multipart("alternative", boundary(), alt, preamble=False)
        if st == "related":
            img = r["inline"]
            ih = ["Content-Type: image/png; name=\"%s\"" % img["filename"],
                  "Content-Transfer-Encoding: base64",
                  "Content-ID: <%s>" % img["cid"],
                  'Content-Disposition: inline; filename="%s"' % img["filename"]]
            body_hs, body = multipart("related", boundary(),
                                      [(body_hs, body), (ih, b64_body(img["data"]).encode())])
    elif st in ("mixed", "mixed-alt"):
        if st == "mixed-alt":
            first = multipart("alternative", boundary(),
                              [text_part(text, "text/plain", label, cs, cte), html_part()],
                              preamble=False)
        else:
            first = text_part(text, "text/plain", label, cs, cte, ctype_extra)
        parts = [first] + [attachment_part(a, key) for a in atts]
        body_hs, body = multipart("mixed", boundary(), parts)
    elif st == "fwd":
        inner = dict(r["inner"])
        inner_bytes = build_message(inner, key + "/inner", top=False)
        fwd_part = (["Content-Type: message/rfc822",
                     'Content-Disposition: attachment; filename="%s"' % r.get("fwd_name", "forwarded.eml")]
                    if r.get("fwd_name") else ["Content-Type: message/rfc822"], inner_bytes)
        parts = [text_part(text, "text/plain", label, cs, cte), fwd_part]
        body_hs, body = multipart("mixed", boundary(), parts)
    else:
        raise ValueError(st)

    # ---- headers
    out = []
    if top:
        rt = t - datetime.timedelta(hours=tz - 8, seconds=-(3 + r["n"] % 40))
        out.append(("Return-Path: <%s>" % addr).encode())
        out.append(("Received: from mta%d.%s (mta%d.%s [203.0.113.%d])\r\n\tby mx.city.example "
                    "(Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
                    % (r["n"] % 9 + 1, domain, r["n"] % 9 + 1, domain, r["n"] % 200 + 20,
                       h(key, "qid", n=11).upper(), r.get("to", "mayor@city.example"),
                       rfc_date(rt, 0, 8))).encode())
    from_name = r.get("from_name_raw")
    out.append(("From: " + fmt_addr(name, addr, hdr_cs, r.get("from_q", mode),
                                    quote=r.get("quote_from", False))).encode())
    to = r.get("to", "mayor@city.example")
    to_name = r.get("to_name")
    out.append(("To: " + (fmt_addr(to_name, to, hdr_cs, mode) if to_name else to)).encode())
    if r.get("cc"):
        out.append(("Cc: " + r["cc"]).encode())
    out.append(subject_header(r["subj"], hdr_cs, r.get("sq", "B")))
    out.append(("Date: " + date).encode())
    out.append(("Message-ID: " + msgid).encode())
    if r.get("in_reply_to"):
        out.append(("In-Reply-To: " + r["in_reply_to"]).encode())
        out.append(("References: " + "\r\n ".join(r.get("references", [r["in_reply_to"]]))).encode())
    for x in r.get("extra_headers", []):
        out.append(x.encode())
    for x in mh:
        out.append(fill(x.replace("{has_attach}", "yes" if atts else "no"), key, domain, local, ts,
                        r.get("lang_hdr", "zh-cn")).encode())
    out.append(b"MIME-Version: 1.0")
    for x in body_hs:
        out.append(x.encode())
    return b"\r\n".join(out) + b"\r\n\r\n" + body


# ---------------------------------------------------------------------------
# the letter table

LETTERS = []


def E(n, slug, cat, dept, body, *, conf="no", prio="normal", lang="zh", **kw):
    """An e-mail letter."""
    LETTERS.append(dict(kind="eml", n=n, slug=slug, cat=cat, dept=DEPT[dept], conf=conf,
                        prio=prio, lang=lang, body=body.strip("\n") + "\n", **kw))


def F(n, slug, cat, dept, *, conf="no", prio="normal", lang="zh", **kw):
    """A web-form submission."""
    LETTERS.append(dict(kind="form", n=n, slug=slug, cat=cat, dept=DEPT[dept], conf=conf,
                        prio=prio, lang=lang, **kw))

