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
    "GOV": "Municipal Government Office",
    "MET": "Meteorological Bureau",
    "HSB": "Healthcare Security Bureau",
    "TAX": "Taxation Bureau",
    "MIIT": "Industry and Information Technology Bureau",
    "AGRI": "Agriculture and Rural Affairs Bureau",
    "VET": "Veterans Affairs Bureau",
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
    from_idx = len(out)
    out.append(("From: " + fmt_addr(name, addr, hdr_cs, r.get("from_q", mode),
                                    quote=r.get("quote_from", False))).encode())
    to = r.get("to", "mayor@city.example")
    to_name = r.get("to_name")
    out.append(("To: " + (fmt_addr(to_name, to, hdr_cs, mode) if to_name else to)).encode())
    if r.get("cc"):
        out.append(("Cc: " + r["cc"]).encode())
    subj_line = subject_header(r["subj"], hdr_cs, r.get("sq", "B"))
    if r.get("hdr_label"):  # mislabelled encoded words (bytes of hdr_cs, named otherwise)
        subj_line = subj_line.replace(("=?%s?" % hdr_cs).encode(), ("=?%s?" % r["hdr_label"]).encode())
        out[from_idx] = out[from_idx].replace(("=?%s?" % hdr_cs).encode(), ("=?%s?" % r["hdr_label"]).encode())
    out.append(subj_line)
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


# ===========================================================================
# letters 1-27

E(1, "wage-arrears", "demand", "HR", """
市长您好：

我叫刘建军，是在高新区科园路“鑫达装饰工程有限公司”干活的木工。老板姓何，从今年六月份开始就没发过工资，到现在已经整整三个月了，一共欠我两万一千六百元。我们班组一共十一个人，每个人都被欠了一两万。

我们去公司找过好几次，何老板一开始说甲方没给钱，后来干脆电话都不接了，公司大门也锁了。我老婆在老家住院，孩子开学要交学费，我实在是没办法了才给您写信。

我们也去过劳动监察大队，工作人员让我们填了表，说会处理，但是一个多月了没有任何消息。

恳请市长帮帮我们这些打工的，让老板把血汗钱还给我们！

联系电话：13905716628
刘建军
""", cs="gb2312", label="gb2312", cte="base64", mailer="foxmail",
  subj="请求帮助讨回被拖欠三个月的工资", frm=("刘建军", "liujianjun1978@163.example"))

E(2, "unpaid-wage-policy", "consultation", "HR", """
您好，想咨询一个政策问题。

我表弟在外地一家餐馆打工，听说老板经常拖着工资不发。我想了解一下：

1. 按照规定，用人单位最迟应该在什么时候发工资？拖欠多久算违法？
2. 如果被拖欠工资，是先找劳动监察投诉，还是直接申请劳动仲裁？需要带哪些材料？
3. 没有签劳动合同的，能不能主张工资？微信转账记录能不能当证据？

他目前还没被欠钱，只是提前了解一下，免得以后吃亏。谢谢！

周敏
""", cs="utf-8", label="UTF-8", cte="quoted-printable", mailer="coremail", sq="Q",
  subj="咨询：单位拖欠工资有什么规定？", frm=("周敏", "zhoumin_0412@163.example"))

F(3, "gas-leak-stairwell", "demand", "EMERG", prio="high",
  fid="WF20260902-000317", at="2026-09-02T21:47:13+08:00",
  name="孙丽华", phone="13757102243", email="", district="老城区",
  title="紧急！！楼道里燃气味非常大",
  content="老城区解放路88号3单元，从今天傍晚开始楼道里一直有很浓的煤气味，二楼到四楼最明显。"
          "我们敲了302的门没人应，怀疑是他家燃气管道漏气。已经打了燃气公司电话，说要排队明天才能来。"
          "楼里有好几户老人和小孩，大家都不敢开灯不敢开火，现在都站在楼下。请马上派人来处理！！"
          "\r\n联系人孙女士 13757102243")

E(4, "residence-permit-renewal", "consultation", "PSB", """
Dear Sir or Madam,

I am a Canadian citizen working as an English teacher at a private language
school in Binjiang District. My residence permit expires on November 20.

Could you please tell me:
- how many days before expiry I should apply for the renewal,
- which documents I need to bring (my employer says a new work permit card
  is required first - is that correct?), and
- whether I can keep my passport while the application is processed, since I
  may need to travel to Shanghai for a conference in early December.

I have looked at the exit-entry website but the English page seems to be out
of date.

Thank you very much for your help.

Best regards,
Daniel Whitford
Tel: 186 5713 0942
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="thunderbird",
  ct_params="; format=flowed", subj="Question about renewing my residence permit",
  frm=("Daniel Whitford", "d.whitford@example.com"), tz=8)

E(5, "window-staff-rude", "complaint", "APPROVAL", """
尊敬的市长：

9月8日上午，我到市民中心二楼的综合窗口办理餐饮店的食品经营许可变更。排了一个多小时的队，轮到我时，12号窗口一位女工作人员（工牌没有挂出来）看了一眼材料就扔回来，说“材料不全，回去准备好再来”。我问具体缺什么，她头也不抬地说“自己看网上的指南”，然后直接叫了下一个号。

我回去对照了网上的办事指南，材料是齐的。第二次去换了个窗口，十分钟就办好了。

我想问，窗口工作人员就是这样为群众服务的吗？一次性告知制度写在墙上，却没有人执行。希望有关部门加强对窗口人员的管理和培训，也希望对这位工作人员进行批评教育。

市民 郑晓东
电话：0571-86231745
""", conf="yes", cs="gbk", label="gbk", cte="base64", st="alt", mailer="outlook", when=(2026, 9, 9, 20, 31, 5),
  subj="投诉市民中心12号窗口工作人员服务态度恶劣", frm=("郑晓东", "zhengxd@example.cn"))

F(6, "bus-route-airport", "information", "TRANS",
  fid="WF20260903-000402", at="2026-09-03T07:58:40+08:00",
  name="陈雨", phone="15058123390", email="chenyu.hz@qq.example", district="滨江区",
  title="从滨江去机场坐几路车",
  content="请问从滨江区江南大道附近去机场有没有直达的机场大巴或者公交？最早一班几点？大概要多长时间？谢谢")

E(7, "elevator-retrofit", "suggestion", "HOUSING", """
市长好！

我家住在东城区和平新村，小区是1990年代建的六层老楼，没有电梯。楼里一大半是退休老人，我父亲七十八岁，腿脚不好，上下楼要歇三次，一个月都难得下楼一回。

听说其他城市已经在推老旧小区加装电梯，还有财政补贴。我有几点建议：

一、出台本市统一的加装电梯补贴标准和审批流程，现在大家都不知道去哪里申请、找谁审批；
二、一楼住户意见大是最大的难点，建议由街道、社区出面协调，制定低层住户的补偿办法；
三、设计、施工、维保最好有政府推荐的名单，老百姓自己找怕被骗。

希望能把这件事当成民生实事来办。谢谢！

和平新村 12幢 502 王秀英（代父亲王德贵写）
""", cs="utf-8", label="utf-8", cte="8bit", mailer="android",
  subj="关于老旧小区加装电梯的几点建议", frm=("王秀英", "wxy19820315@qq.example"))

E(8, "section-chief-kickbacks", "complaint", "DIC", """
市长：

我是一名工程承包商，实在忍不下去才写这封信。

城区某局基建科的一位科长（姓黄），这两年负责局里几个维修改造项目的发包。想拿到项目，必须先给他“意思”，一般是合同额的百分之八到十，用现金或者让我们给他小舅子开的建材店“采购材料”走账。今年四月份的办公楼外立面改造项目，合同价三百四十多万，我按他的要求给了二十八万，有转账记录和聊天截图。

后来他又要求追加“辛苦费”，我没给，结算款到现在被卡着不付，他还放话说以后别想在这个系统里接活。

我手上有证据，可以当面交给纪委。但请一定为我保密，我还要在这行吃饭，怕被打击报复。

知情人
""", conf="yes", cs="gb2312", label="GB2312", cte="base64", mailer="qq",
  subj="举报某局基建科科长收受工程回扣（请为我保密）", frm=("", "jianzhu_lw@qq.example"))

E(9, "wfoe-registration", "consultation", "COMMERCE", """
Dear Mayor's Office,

My name is Jürgen Becker and I am the managing director of Becker Präzisionstechnik GmbH, a
mid-sized German manufacturer of precision valves. We are considering setting up a
wholly foreign-owned enterprise (WFOE) in the High-Tech Zone to assemble and service our
products for customers in East China.

We would be grateful for guidance on the following points:

1. Is our business scope (assembly of industrial valves, after-sales service, import and
   sale of spare parts) on any negative list, and which office handles the registration?
2. What are the typical timelines for company registration, the environmental assessment
   for a small assembly workshop (no painting, no plating) and the fire-safety acceptance?
3. Are there investment incentives for advanced manufacturing in the zone, e.g. rent
   subsidies for standard factory buildings or support for hiring local engineers?
4. Is there a contact person who speaks English or German who could meet our delegation
   when we visit in November?

Thank you in advance for your kind support.

Mit freundlichen Grüßen / Kind regards

Jürgen Becker
Managing Director
Becker Präzisionstechnik GmbH
Industriestraße 14, 70565 Stuttgart, Germany
Tel. +49 711 5550 1423
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="alt", mailer="outlook",
  sq="Q", lang_hdr="de-de", tz=2, dstyle=6,
  subj="Enquiry: setting up a WFOE in the High-Tech Zone – Becker Präzisionstechnik",
  frm=("Jürgen Becker", "j.becker@becker-praezision.example"))

E(10, "collapsing-wall-old-house", "demand", "HOUSING", """
紧急求助！！

我们住在老城区东门街17号，是一栋五十多年的砖木结构老房子，住了六户人家。昨天夜里下大雨以后，东面山墙裂了一条从上到下的大缝，最宽的地方能塞进手指，墙皮一块一块往下掉，今天早上二楼的窗框都变形了，门也关不上。

邻居说听到墙里面有“咔咔”的响声。我们很害怕房子随时会塌，家里有八十多岁的老人和两个小孩。社区的人上午来看过，拍了照片说要上报，但是到现在没有人来处理。

照片附在邮件里。请住建部门赶紧派人来鉴定，看要不要先把我们转移出去！

东门街17号住户 钱国平 13867409915
""", prio="high", cs="gbk", label="GBK", cte="base64", st="mixed", mailer="foxmail",
  atts=[att("东面山墙裂缝.jpg", "jpg"), att("二楼窗框变形.jpg", "jpg")],
  subj="紧急：东门街17号老房子墙体开裂随时可能倒塌", frm=("钱国平", "qianguoping@163.example"))

F(11, "typhoon-weather", "information", "MET",
  fid="WF20260904-000051", at="2026-09-04T06:12:09+08:00",
  name="", phone="", email="", anon=False, district="",
  title="台风",
  content="请问这次台风什么时候登陆？明天学校停不停课？")

E(12, "metro-bike-parking", "suggestion", "TRANS", """
市长您好：

我每天骑共享单车到地铁2号线人民广场站换乘。早高峰的时候，站口的非机动车几乎把人行道全部堵死了，行人只能走到机动车道上，很危险。管理人员来了就把车搬走，第二天又是一样。

建议：
1. 在地铁站出入口50米范围内划设非机动车停放区，用电子围栏管理共享单车；
2. 利用站点附近的绿化带边角地块、高架桥下空间建设立体停车架；
3. 和共享单车企业协调，高峰期及时调度，不要都堆在一个口。

这样既方便市民“最后一公里”换乘，也能让人行道畅通。

一个每天挤地铁的上班族
""", cs="gb2312", label="gb2312", cte="base64", st="html", mailer="qq",
  subj="建议在地铁站口增设非机动车停放区", frm=("小杨", "yang_commuter@qq.example"))

E(13, "landlord-deposit", "demand", "HOUSING", """
Dear Sir/Madam,

I’m writing to ask for help with a rental dispute. I’m a French national and I rented a
flat at Room 1502, Building 3, Lüyuan Garden, Binjiang District from August 2025 to
August 2026 through a local agency.

When I moved out on 31 August, the landlord inspected the flat and said everything was
“fine”. However, he has since refused to return my deposit of 9,000 RMB. First he said
he needed to “check the electricity bill”, then he claimed the sofa was damaged – it
wasn’t, and I have photos and a video from the day I left. He now ignores my calls and
WeChat messages.

The agency says it is “not their business”. I don’t know which authority deals with
rental disputes, and my Chinese isn’t good enough to go through a court on my own.

Could the relevant department please help me get my deposit back, or tell me where I
can file a formal complaint against the landlord?

Many thanks,

Zoë Fontaine
Tel. 136 0571 8842
""", lang="en", cs="windows-1252", label="windows-1252", cte="quoted-printable", mailer="outlook",
  lang_hdr="fr-fr", sq="Q", subj="Landlord refuses to return my deposit – please help",
  frm=("Zoë Fontaine", "zoe.fontaine@example.fr"))

F(14, "teacher-paid-tutoring", "complaint", "EDU", conf="yes",
  fid="WF20260905-000233", at="2026-09-05T22:31:56+08:00",
  name=None, phone=None, email=None, anon=True, district="东城区",
  title="反映某小学老师变相强制有偿补课",
  content="东城区实验小学五年级某班的数学老师，暑假期间在校外小区里租了房子办补习班，每人每期2800元。"
          "开学后班上没去补课的孩子，上课经常被点名批评，作业也被挑刺，还在家长群里暗示“基础差的要抓紧补”。"
          "家长们私下都很有意见，但是都不敢出头，怕孩子被穿小鞋。\n"
          "请教育局调查处理，也请不要透露是哪位家长反映的。")

E(15, "rare-name-character", "consultation", "PSB", """
您好！

我儿子叫陈䶮（左边是“龍”、上面一个“天”的那个字，读yǎn），今年上小学一年级。户口本上的名字是手写补登的，但现在办理医保、学籍、银行卡的时候，系统里都打不出这个字，有的地方给登记成“陈龑”，有的直接写成“陈yan”，几个证件对不上。

前两天给孩子办社保卡，又被告知姓名和户籍信息不一致，办不了。

想咨询一下：
1. 像这种生僻字，公安户籍系统现在能不能正常录入？需要去哪个派出所办？
2. 如果改成同音常用字，需要走什么手续、准备哪些材料？会不会影响以后考试、出国？

另外我爱人的姓是“𠮷”（上面是土字的吉），也一直遇到同样的问题😊

谢谢解答！
陈立新
""", cs="gb18030", label="GB18030", cte="base64", mailer="foxmail",
  subj="孩子名字中有生僻字，户籍和社保系统无法录入怎么办", frm=("陈立新", "chenlixin@qq.example"))

E(16, "fire-exit-locked-mall", "demand", "EMERG", """
你好，我在城西银泰广场负一楼的美食街上班。今天发现美食街东侧的两个消防通道门都被商场用铁链锁上了，门口还堆满了纸箱和煤气罐（有几家店用的是瓶装液化气）。问了物业，说是为了防止有人从那里逃单。

周末中午美食街上千人吃饭，万一着火根本跑不出去。

我拍了照片，但不敢在店里声张，请消防部门尽快来检查！

——发自我的iPhone
""", prio="high", cs="utf-8", label="utf-8", cte="base64", mailer="phone",
  subj="城西银泰广场负一楼消防通道被锁", frm=("", "lin.xiaoqing@icloud.example"))

E(17, "legal-aid-how", "information", "JUSTICE", """
请问法律援助中心在什么地方？我母亲今年六十九岁，在菜市场门口被电动车撞伤，对方不愿意赔钱，我们想打官司但是请不起律师。

想问一下：
①申请法律援助需要什么条件，要不要开收入证明？
②办公地址和电话，周六上不上班？
谢谢。

吴海燕
""", cs="gb2312", label="gb2312", cte="quoted-printable", mailer="coremail",
  sq="Q", subj="请问怎么申请法律援助", frm=("吴海燕", "wuhaiyan66@163.example"))

E(18, "english-signage-hospitals", "suggestion", "TRANS", """
Hello,

I have lived in the city for three years and I love it here. One small suggestion from a
foreign resident: the bilingual signs in the metro are great, but as soon as you leave
the station the signs are Chinese only. Bus stop boards, the ticket machines on the new
tram line, and even the signs to the taxi stand at the high-speed railway station have no
English or pinyin.

A few ideas:
- add English/pinyin names on bus stop boards, at least on lines that serve the
  railway station, the airport and the big hospitals;
- make the tram ticket machines switchable to English like the metro ones;
- use the same translation for the same place everywhere (I have seen "Xihu Road",
  "West Lake Rd" and "Xihu Lu" for the same street).

With the Asian Games-style events coming up, this would help visitors a lot.

Cheers,
Liam O'Connor
""", lang="en", cs="utf-8", label="UTF-8", cte="base64", st="alt", mailer="webmail",
  subj="Suggestion: more English signs at bus stops and the tram",
  frm=("Liam O'Connor", "liam.oconnor.hz@gmail.example"))

E(19, "taiwan-investor-incentives", "consultation", "COMMERCE", """
市長您好：

本人為台灣籍商人，目前在台中經營一家食品機械公司，有意到貴市高新區設立工廠，初期投資約新台幣八千萬元。

想請教以下幾個問題：
一、台灣同胞投資企業在貴市可享有哪些優惠政策？例如土地、租金、稅收方面。
二、公司設立登記的流程大約需要多久？是否可以委託代理人辦理？
三、台籍幹部在當地就醫、子女入學，有沒有相關的便利措施？

如有專人負責台商服務，煩請提供聯絡方式，以便我們下月前往考察時拜訪。

敬祝　政躬康泰

林志明　敬上
明峰機械股份有限公司
電話：+886-4-2358-7712
""", cs="big5", label="big5", cte="base64", mailer="outlook", hant=True, tz=8, lang_hdr="zh-tw",
  subj="台商投資設廠優惠政策諮詢", frm=("林志明", "chihming.lin@example.com.tw"))

E(20, "chengguan-seized-cart", "complaint", "URBAN", """
我爸在火车站南广场附近推三轮车卖了十几年水果 昨天下午四点多几个城管过来说占道经营要收车 我爸说马上走 他们不听 直接上来抢车 我爸拉着车不放 被一个穿制服的推倒在地上 头磕在马路牙子上流了血 水果撒了一地 有人拍了视频
车和秤都被拉走了 也没给任何单子
我爸今年六十三了 现在还在医院缝针
卖东西不对可以罚款可以教育 但是动手打人对吗？？
希望领导调查一下 这几个人一个胖的戴眼镜 胸牌号码好像是0217
我不敢留全名 怕以后我爸在去摆摊被针对
小何 15168290374
""", conf="yes", cs="utf-8", label="utf-8", cte="8bit", mailer="android",
  subj="城管暴力执法 把我爸推倒受伤", frm=("小何", "hexiaomei2001@qq.example"))

E(21, "ancient-town-tickets", "information", "TOUR", """
Hi, is the ancient water town open during the National Day holiday, and do we need to
book tickets online in advance? We are two adults and one child (age 9). Is there a
student/child discount, and can foreigners book with a passport number?

Thanks,
Maria
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Ancient town tickets on National Day", frm=("Maria Santos", "maria.santos.travel@gmail.example"))

F(22, "migrant-child-enrollment", "consultation", "EDU",
  fid="WF20260907-000612", at="2026-09-07T12:20:44+08:00",
  name="杨光辉", phone="18857193306", email="", district="高新区",
  title="随迁子女明年上小学需要准备什么材料？",
  content="我们夫妻俩都是外地户口，在高新区工作了四年，交了社保，租房住（有备案的租赁合同）。"
          "孩子明年九月要上小学，想咨询：\n1.随迁子女入学是积分制还是按居住证？\n"
          "2.需要哪些材料，社保要交满多久？\n3.什么时候开始网上报名？\n"
          "4.如果分不到公办学校怎么办？\n谢谢！")

E(23, "factory-pollution-night", "demand", "ECO", """
市长：您好！

我家住在开发区河西村，村东头有一家做电镀的小厂（没有挂牌子，老板姓谢），这一年多来一直在晚上偷偷往厂后面的水渠里排污水，水是黄绿色的，味道很刺鼻。水渠通到村里的灌溉河，今年夏天河里的鱼死了好几次，村民种的菜也不敢吃了。

白天来检查的时候他们就停工，晚上十一点以后才开机器。我们村有人去说过，被他们的人威胁过。

我叫谢建堃，和老板是一个村的，请千万不要透露我的名字，怕被打击报复。希望环保部门晚上来突击检查，一查就清楚。

谢谢！
""", conf="yes", cs="gbk", label="gbk", cte="base64", mailer="foxmail",
  subj="河西村无牌电镀厂夜间偷排污水，请夜查", frm=("谢建堃", "xiejk_hx@163.example"))

E(24, "police-rough-arrest", "complaint", "PSB", """
To the Mayor's Office,

I am writing to report the conduct of two police officers at the Wenhua Road police
station on the night of September 12.

My friend, a Nigerian student at the university, was stopped near the night market at
about 11 pm for a passport check. He did not have his passport with him, only a photo of
it on his phone, and he tried to explain this in Chinese. One officer grabbed his arm,
twisted it behind his back and pushed his face against the car, although he was not
resisting. At the station they kept him for more than five hours, did not let him call
anyone, and one officer slapped him when he asked for an interpreter. He was released at
5 am without any paper explaining why he was held.

We understand that foreigners must carry their passport, and he accepts a fine for that.
But the violence was not necessary. He has a bruised wrist and a medical record from the
university clinic.

He is afraid that complaining will affect his visa, so please keep our names
confidential. I can be reached at this address.

Sincerely,
A fellow student
""", lang="en", conf="yes", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="apple",
  subj="Complaint about police violence against a foreign student",
  frm=("", "concerned.student.2026@example.com"))

E(25, "park-public-toilets", "suggestion", "URBAN", """
领导好：

滨江公园是咱们市民最喜欢去的地方，周末人特别多。但是公园沿江步道长三公里多，只有南门有一个公共厕所，而且下午五点就锁门了。很多老人孩子着急了根本找不到厕所，有的只能跑到旁边小区去借。

建议：
（１）沿江步道每隔八百米左右增设一座公厕，可以考虑装配式的，建得快；
（２）延长开放时间到晚上十点，夏天晚上散步的人最多；
（３）在导览图和地图软件上标注公厕位置；
（４）增加母婴室和第三卫生间。

一点小建议，希望采纳。

市民 许美玲
""", cs="gb2312", label="gb2312", cte="base64", st="alt", mailer="coremail",
  subj="建议滨江公园增设公共厕所并延长开放时间", frm=("许美玲", "xml_1969@163.example"))

F(26, "flooded-underground-garage", "demand", "WATER", prio="high",
  fid="WF20260908-001108", at="2026-09-08T16:05:31+08:00",
  name="蒋文涛", phone="13588021476", email="jiangwt@126.example", district="滨江区",
  title="暴雨后小区地下车库进水，水位还在涨",
  content="滨江区江畔花园小区地下车库从下午三点开始倒灌进水，现在水深已经超过半米，还在继续上涨。"
          "车库里有配电房，物业的抽水泵根本抽不过来。还有人想下去挪车，非常危险。"
          "请水务和应急部门派大功率抽水车过来！照片见附件。",
  atts=[att("garage_flood_1.jpg", "jpg")])

E(27, "donate-clothes", "information", "CIVIL", """
您好！

我们公司员工想组织一次衣物和学习用品的捐赠，捐给山区的孩子或者受灾地区。

请问：
1. 市里有没有官方的捐赠接收点？在哪里，什么时间可以送？
2. 旧衣服需要洗干净、消毒吗？冬衣有没有要求？
3. 捐赠以后能不能开具捐赠证明？

谢谢！

华盛贸易有限公司 工会 邓婷
电话：0571-88017263
""", cs="utf-8", label="utf-8", cte="base64", st="html", mailer="qq", entities="捐投",
  subj="请问哪里可以捐赠衣物和文具", frm=("邓婷", "dengting@huasheng-trade.example"))

# ===========================================================================
# letters 28-54

E(28, "school-owes-teacher-salary", "demand", "HR", """
Dear Sir or Madam,

I am a British citizen employed as a full-time English teacher by Sunshine Bilingual
Training Centre (Room 301, 55 Xueyuan Road, Gaoxin District) since February 2026. I hold a
valid work permit and residence permit sponsored by the school.

The school has not paid my salary for July and August (2 x 16,500 RMB). The manager,
Ms. Fang, keeps promising "next week", but now she says the centre is "restructuring" and
some Chinese colleagues have also not been paid. Last Friday the front desk was closed
and the furniture was being moved out.

I have my contract, my payslips up to June and bank statements showing the payments
stopped. I would like to know who can help me recover the wages, and whether I can do
this while my permits are still tied to this employer.

This is urgent for me as I cannot pay my rent.

Kind regards,
Hannah Price
Mobile: 177 0571 3360
""", lang="en", cs="utf-8", label="utf-8", cte="base64", mailer="webmail",
  subj="My employer owes me two months' salary", frm=("Hannah Price", "hannah.price.esl@gmail.example"))

E(29, "property-fee-overcharge", "demand", "HOUSING", """
市长您好：

我要投诉我们小区的物业公司：城南“锦绣华庭”小区的恒安物业。

今年七月起，物业在没有召开业主大会、没有公示的情况下，把物业费从每平方米1.8元涨到2.6元，还另外收取“电梯运行费”每月50元、“二次供水加压费”每月30元。不交的业主，门禁卡就被停用，车也不让进小区。

我们几十户业主去物业办公室要求出示收费依据，经理说是“开发商签的合同里写的”，但又拿不出来。

请住建部门依法调查处理，责令物业退还多收的费用，恢复业主门禁。

锦绣华庭业主 方振宇
13616575028
""", cs="gb2312", label="gb2312", cte="base64", mailer="foxmail", st="mixed",
  atts=[att("物业收费通知（抄录）.txt", "txt", style="2047", charset="gb2312", fn_charset="gb2312",
            content=["锦绣华庭小区物业服务收费调整通知", "",
                     "各位业主：自2026年7月1日起，物业服务费调整为2.6元/平方米/月，",
                     "另收取电梯运行费50元/户/月、二次供水加压费30元/户/月。", "",
                     "恒安物业锦绣华庭服务中心  2026年6月25日"])],
  subj="投诉锦绣华庭小区物业擅自涨价乱收费", frm=("方振宇", "fangzhenyu@163.example"))

F(30, "fire-inspector-extortion", "complaint", "DIC", conf="yes",
  fid="WF20260912-000877", at="2026-09-12T23:09:02+08:00",
  name="", phone="", email="", anon=True, district="老城区",
  title="消防检查人员吃拿卡要",
  content="我在老城区开了一家小饭馆，今年已经被“消防检查”三次了。每次来的都是同一个人，自称是区里的，"
          "每次都说灭火器位置不对、应急灯不亮，要罚款五千，然后又说“交个朋友就算了”。前两次我给了两千块钱现金，"
          "还请他们吃了一顿饭、拿了两条烟。上周又来了，这次要三千。附近好几家店都遇到过。"
          "我不敢实名，怕他以后天天来查。这个人大概四十多岁，开一辆白色的车，车牌尾号是37。请纪委查一查。")

E(31, "night-construction-noise", "demand", "ECO", """
市长！！！
我实在受不了了！！！我家住在城北新苑小区，对面的“璟园”工地已经连续半个多月每天晚上施工到凌晨两三点，打桩机、混凝土泵车轰轰响，整栋楼都在震。
我孩子明年高考，每天晚上根本没法学习，老人心脏不好，吃了药都睡不着。
打过12369，也打过110，来了人看一眼就走了，第二天照样干。工地门口贴的“夜间施工许可”早就过期了！
请问到底有没有人管？？？要求立即停止夜间施工，依法处罚！
城北新苑 8幢 韩先生 139 5718 6620
""", cs="utf-8", label="UTF-8", cte="quoted-printable", st="alt", mailer="coremail",
  subj="城北璟园工地天天夜间施工，严重扰民，请立即制止！", frm=("韩先生", "hanlei_cb@163.example"))

E(32, "keep-old-street-character", "suggestion", "PLAN", """
市長先生您好：

我是一名退休的中學歷史教師，在本市居住了四十多年。近日聽說城中「柳巷」一帶將整體拆除改建為商業綜合體，心中十分不捨，冒昧寫信陳述幾點淺見。

柳巷是本市僅存的一條保留明清街巷格局的老街，青石板路、騎樓、老字號藥舖和茶館，承載了幾代人的記憶。拆了再建一條「仿古街」，就再也不是原來的味道了。

建議：
一、在規劃階段先請文物和歷史建築專家做一次全面普查，把有價值的建築列入保護名錄；
二、採用「微改造」的方式，修繕外立面、改善水電和消防設施，保留原住民和老店；
三、規劃方案公示時舉辦公開的聽證會，讓居民充分表達意見。

城市發展是好事，但希望留住城市的根。

此致
敬禮

退休教師　葉淑芬
""", cs="big5", label="big5", cte="base64", st="html", hstyle="plain", mailer="none", hant=True,
  subj="建議保留柳巷歷史街區風貌，審慎拆建", frm=("葉淑芬", "yeh.shufen@example.com.tw"))

E(33, "surgeon-red-envelope", "complaint", "HEALTH", """
尊敬的市长：

我父亲上个月在市第二人民医院骨科住院，准备做髋关节置换手术。主治医生（姓蒋，副主任医师）在术前谈话时暗示我们，“现在排手术的病人很多，想早点做、想用好一点的医生主刀，你们家属要懂事”。

我们托人打听，说病房里的规矩是至少送五千块“红包”。我们给了，第二天就排上了手术。隔壁床的大爷家里没给，同样的病等了十二天。

我知道医生辛苦，但这种风气太坏了，看病的人本来就难。请卫健委好好查一查，我可以提供转账时间和当时在场人员情况，但请为我保密，我父亲还要在那里复查。

知情家属 王喆
""", conf="yes", cs="gbk", label="gbk", cte="base64", mailer="outlook",
  subj="反映市二医院骨科医生收受红包", frm=("王喆", "wangzhe_1990@outlook.example"))

F(34, "takeaway-food-poisoning", "demand", "MARKET",
  fid="WF20260913-000154", at="2026-09-13T10:42:18+08:00",
  name="田甜", phone="18968012753", email="tiantian@qq.example", district="高新区",
  title="投诉外卖商家卫生问题，吃完上吐下泻",
  content="9月12日晚上在外卖平台上点了高新区文三路“好滋味麻辣烫”，我和室友两个人吃完两个小时后都开始上吐下泻，"
          "去了医院急诊，诊断是急性胃肠炎，花了六百多。后来看了这家店的地址，根本不是门头店，是在一个居民楼里做的，"
          "平台上挂的营业执照好像也不是这家店的。\n希望市场监管部门查一下这家店，给我们一个说法，该赔偿的赔偿。"
          "\n医院病历和外卖订单截图可以提供。",
  atts=[att("病历.png", "png"), att("订单截图.png", "png")])

E(35, "student-part-time-internship", "consultation", "PSB", """
Hello,

I'm an international student (Master's, 2nd year) at the city university, from Kazakhstan.
A tech company has offered me a 3-month paid internship. Am I allowed to do this on a
student residence permit? My classmate said the permit needs an "internship" note added
by the exit-entry office. What documents do I need and how long does it take?

Thank you,
Aigerim Nurlanovna
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Internship on a student residence permit?",
  frm=("Aigerim Nurlanovna", "aigerim.n@student.example.edu"))

E(36, "metro-last-train", "information", "TRANS", """
请问地铁1号线国庆期间末班车会延长吗？最晚几点？
""", cs="utf-8", label="utf-8", cte="base64", mailer="phone",
  subj="地铁末班车时间", frm=("", "a13588776012@icloud.example"))

E(37, "manhole-cover-missing", "demand", "URBAN", """
紧急！！人民路和建设路交叉口往东30米左右，非机动车道上有一个窨井盖不见了，井口敞着，一米多深，晚上没有路灯根本看不见。刚才有个骑电瓶车的差点掉进去。我们几个路人先搬了个路障放旁边，请马上派人来处理！
""", prio="high", cs="utf-8", label="utf-8", cte="8bit", mailer="android",
  subj="人民路窨井盖丢失 有人差点掉下去", frm=("路过市民", "rmlu_2026@qq.example"))

E(38, "riverside-cycle-path", "suggestion", "TRANS", """
Dear Mayor,

My name is Søren Østergaard. I come from Copenhagen and have worked in the city for two
years as an engineer. I cycle to work every day along the river, and I would like to
offer a suggestion based on my home city's experience.

The riverside path is beautiful, but it is shared by pedestrians, e-bikes, bicycles and
scooters, and in the evening it becomes dangerous. E-bikes ride very fast and there is
no separation at all.

My suggestions:
1. Build a separated two-way cycle track along the river, with a kerb or a small
   level difference between cyclists and pedestrians.
2. Connect the cycle track to the metro stations and the big residential areas, so that
   people can commute by bike, not only ride for leisure.
3. Add safe bicycle parking (with racks to lock the frame) at the stations.

In Copenhagen more than 40% of commuters cycle. The city here is flat and has a mild
climate, so it has great potential.

I would be happy to share more details if useful.

Med venlig hilsen / Best regards,
Søren Østergaard
""", lang="en", cs="iso-8859-1", label="iso-8859-1", cte="quoted-printable", mailer="thunderbird",
  tz=2, lang_hdr="da-dk", sq="Q", subj="Suggestion: a separated cycle track along the river",
  frm=("Søren Østergaard", "soren.ostergaard@example.dk"))

E(39, "social-insurance-hotline", "complaint", "HR", """
我想反映一下社保局的服务问题。

最近两个星期，我打市社保咨询电话打了不下二十次，工作日上午下午都试过，要么一直占线，要么转人工以后放十几分钟音乐然后自动挂断。去网上留言，七天了也没有回复。

我只是想问一下养老保险转移接续的进度，这么简单的事情怎么就没人管？请社保局增加接线人员，或者至少保证网上留言有人回复。

顾先生
""", cs="gb2312", label="gb2312", cte="base64", mailer="qq",
  subj="社保咨询电话长期打不通，网上留言无人回复", frm=("顾云飞", "guyunfei@qq.example"))

E(40, "flexible-employment-pension", "consultation", "HR", """
你好：

我今年48岁，原来在纺织厂上班，厂子倒闭后自己在菜场摆摊，社保断交了三年。

想问一下：
现在以灵活就业人员身份续交养老保险，在哪里办？每个月最低交多少？
断交的三年能不能补交？
交满多少年才能领退休金？

麻烦了，谢谢！
沈桂芳 13336180227
""", cs="gb2312", label="GB2312", cte="quoted-printable", mailer="coremail",
  subj="灵活就业人员养老保险怎么交", frm=("沈桂芳", "shenguifang75@163.example"))

E(41, "traffic-police-pocket-fines", "complaint", "DIC", """
市长您好：

我是跑城乡货运的司机，想反映一个情况。国道G104进城的检查点，有两名交警经常拦货车，说超载或者“车况不合格”，要求当场交罚款，一次三百到五百，交了现金以后不开罚单，也不录系统，只给一张手写的白条，有时候连白条都没有。

我们跑车的私下都知道，给钱就放，不给就扣车扣证。我自己今年被收过四次，一共一千六百块。

这种事情我们不敢声张，怕以后过不了这个卡口。请纪委、公安局督察部门查一查，也请对我的身份保密。我的车牌号和被收钱的时间我都记下来了，可以提供。

一名货车司机
""", conf="yes", cs="utf-8", label="utf-8", cte="base64", mailer="foxmail",
  subj="反映G104检查点交警收钱不开罚单", frm=("", "huoche_sj88@163.example"))

E(42, "english-speaking-clinic", "information", "HEALTH", """
Hi there,

We just moved here with two young kids (3 and 6). Could you tell us:

  * which hospitals have an international clinic or English-speaking doctors,
  * where we can find a 24-hour paediatric emergency room, and
  * whether our kids' vaccination schedule from the US can be continued here?

Thanks a lot & have a nice day!
Megan & Tom Fischer
""", lang="en", cs="utf-8", label="utf-8", cte="base64", st="html", mailer="webmail",
  nbsp=True, subj="English-speaking clinics & paediatric emergency",
  frm=("Megan Fischer", "megan.fischer.family@gmail.example"))

E(43, "telecom-fraud-hotline", "information", "PSB", """
您好，我妈妈今天接到一个电话，对方说是“医保局”的，说她的医保卡涉嫌违规要冻结，让她加一个ＱＱ号处理。幸好她先问了我，没有转钱。

想请问：
1. 遇到这种诈骗电话应该打哪个电话举报？96110还是110？
2. 对方的电话号码可以在哪里举报，让运营商封掉？

谢谢！
""", cs="gb2312", label="gb2312", cte="base64", mailer="coremail",
  subj="请问诈骗电话的举报电话是多少", frm=("苏婉清", "suwanqing@163.example"))

F(44, "child-on-balcony", "demand", "PSB", prio="high",
  fid="WF20260915-000931", at="2026-09-15T14:26:50+08:00",
  name="任海波", phone="15906713348", email="", district="老城区",
  title="邻居家小孩一个人被锁在家里，现在爬到阳台外面了",
  content="老城区幸福里小区5幢，七楼东边那户，家里大人经常把一个四岁左右的男孩单独锁在家里，一锁就是一整天。"
          "今天下午两点多，我看到孩子爬到阳台防盗窗外面的空调外机上了，一直在哭。敲门没人，打孩子家长电话打不通。"
          "我已经打了110和119，但还是很担心，这种情况不是第一次了。请有关部门尽快来，也请以后管一管这家人！")

E(45, "night-market-rules", "suggestion", "URBAN", """
市长好 🙂

最近高新区夜市开起来了，挺热闹的，给大家点个赞👍。不过也有几个小问题，提点建议：

1）摊位太挤，消防车根本进不去，建议每隔几十米留一个通道；
2）油烟太大，旁边居民楼晚上都不敢开窗，建议烧烤类摊位集中到下风口，统一装油烟净化；
3）散场以后垃圾满地，建议摊主押金制，收摊前检查卫生；
4）附近停车太难，能不能把旁边写字楼的停车场晚上开放？

夜经济是好事，管好了才能长久。

一个爱逛夜市的市民
""", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="phone",
  sq="Q", subj="对高新区夜市管理的几点建议", frm=("Vivian", "vivian_lu@icloud.example"))

E(46, "import-export-license", "consultation", "COMMERCE", """
Dear Sir/Madam,

We are a foreign-invested trading company (Lotus Fine Foods Trading Co., Ltd.) registered
in the Free Trade Zone in June this year. We plan to import packaged olive oil and pasta
from Italy and to export Chinese tea to Europe.

Please could you advise:

1. Do we still need to file as a foreign trade operator, or is this now automatic with
   the business licence?
2. Which registrations are required for importing pre-packaged food (importer filing,
   Chinese labels)?
3. Is there a one-stop service window in the zone for foreign-invested companies?

Our company profile is attached for your reference.

Yours faithfully,

Giulia Ferraro
General Manager
Lotus Fine Foods Trading Co., Ltd.
Tel: +86 571 8699 2210
""", lang="en", cs="utf-8", label="utf-8", cte="base64", st="mixed", mailer="outlook", lang_hdr="en-gb",
  atts=[att("Lotus_Fine_Foods_company_profile.pdf", "pdf", style="ascii",
            content=["Lotus Fine Foods Trading Co., Ltd.", "Company profile",
                     "Registered capital: USD 500,000", "Business: import of food, export of tea"])],
  subj="Import/export filing for a foreign-invested trading company",
  frm=("Giulia Ferraro", "g.ferraro@lotusfinefoods.example"))

E(47, "passport-held-too-long", "demand", "PSB", """
Dear Mayor's Office,

I applied for the renewal of my work-type residence permit at the Exit-Entry
Administration on 28 July. The receipt says the processing time is 15 working days, but
now – seven weeks later – my passport is still there, and every time I call I'm told the
file is "under review".

My father in Spain is seriously ill and I need to fly to Madrid as soon as possible. Without
my passport I can't even buy a ticket. I have all the documents (receipt no. 2026-0728-1147,
copy of my work permit, employer's letter).

Could someone please look into my case and help me get my passport back, or at least issue
whatever certificate I need to travel?

Thank you very much.
José Martínez Ruiz
Tel. 138 5716 4409
""", lang="en", cs="windows-1252", label="windows-1252", cte="8bit", mailer="outlook", lang_hdr="es-es",
  sq="Q", subj="Passport held for 7 weeks - urgent family reason",
  frm=("José Martínez Ruiz", "jose.martinez.ruiz@example.es"))

E(48, "demolition-compensation-relatives", "complaint", "DIC", """
尊敬的市纪委、市长：

我们是城东街道新塘村的村民。2025年新塘村片区拆迁，街道拆迁办副主任邵某某（同时兼任村里的拆迁工作组组长）利用职权，给他自己的亲戚多算面积、虚增附属物，违章搭建的猪圈也按住房补偿，一户多拿了八十多万。而我们普通村民的房子，同样的面积少算了二十多个平方。

另外，安置房选房的顺序也被动过，他们家亲戚和关系户都排在前面，选的都是好楼层。

附件是我们整理的几户情况对比表。我们联名写信，但不敢把名字写出来，怕拆迁款和安置房被卡。请领导派人调查，还我们一个公道。

新塘村部分村民
""", conf="yes", cs="gbk", label="gbk", cte="base64", st="mixed", mailer="foxmail",
  atts=[att("新塘村拆迁补偿对比表.docx", "docx", style="2047", fn_charset="GBK",
            content=["新塘村拆迁补偿对比表", "户主 核定面积 实际面积 补偿金额", "（以下略）"])],
  subj="反映城东街道拆迁办副主任为亲属多算拆迁补偿", frm=("新塘村民", "xintang_cm@163.example"))

E(49, "museum-opening-hours", "suggestion", "TOUR", """
Dear Mayor,

My name is Ana Conceição, I'm a Portuguese architect living in the Old Town. I often take
visiting friends to the City Museum and the Silk Museum – both are excellent and free,
which is wonderful.

However, both close at 5 pm and are closed on Mondays, so people who work can only visit
at weekends, when it's very crowded. Many museums in Europe open late one or two evenings
a week (e.g. until 9 pm on Fridays), often with talks or concerts.

Could the city consider:
– late opening on Friday evenings, especially in summer;
– audio guides in English (and maybe other languages) – at the moment only the
  Chinese guide is available;
– a combined "museum pass" for visitors.

Obrigada and best regards,
Ana Conceição
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="alt", mailer="apple", tz=1,
  subj="Suggestion: evening opening at the city museums",
  frm=("Ana Conceição", "ana.conceicao.arq@example.pt"))

F(50, "free-lawyer-hotline", "information", "JUSTICE",
  fid="WF20260917-000266", at="2026-09-17T19:55:03+08:00",
  name="韦小龙", phone="17706519842", email="", district="滨江区",
  title="有没有免费咨询律师的电话",
  content="想问问有没有免费的法律咨询热线，我和装修公司有点纠纷，想先问问律师该怎么办。12348这个电话是24小时的吗？")

E(51, "water-outage-three-days", "demand", "WATER", """
市长您好：

老城区北关街道红星路一带（红星新村、纺织厂宿舍、北关小学附近）从9月15号开始停水，到今天已经第三天了。没有任何停水通知，打自来水公司电话，一会说是管道维修，一会说是水压不够，到底什么时候来水谁也说不清。

这一片住的大多是老人，每天只能拎着桶去两公里外的亲戚家打水，有的老人提不动，只能买桶装水做饭。学校的孩子们上厕所都成问题。

请水务部门尽快恢复供水，在恢复前能不能先派送水车过来？

红星新村居民 卢卫东
电话：13506717492
""", cs="gb2312", label="", hdr_cs="gb2312", when=(2026, 9, 17, 21, 12, 40), cte="base64", mailer="none",
  subj="红星路一带停水三天无人管", frm=("卢卫东", "luweidong@163.example"))

E(52, "japanese-school-enrollment", "consultation", "EDU", """
市長信箱ご担当者様

はじめまして。高新区在住の日本人、佐藤と申します。夫の転勤で今年四月からこちらに住んでおります。

来年九月に長男（六歳）を地元の公立小学校に入学させたいと考えております。
外国籍の子どもが公立小学校に入学する場合、
・どのような書類が必要でしょうか（パスポート、居留許可、住居の証明など）
・申し込みの時期と窓口はどこでしょうか
・中国語がまだ十分ではない子どもへのサポートはありますでしょうか

お忙しいところ恐縮ですが、ご教示いただけますと幸いです。

佐藤 真由美
""", lang="other", cs="iso-2022-jp", label="ISO-2022-JP", cte="7bit", mailer="thunderbird", tz=9,
  lang_hdr="ja-jp", subj="外国籍の子どもの公立小学校入学について",
  frm=("佐藤 真由美", "mayumi.sato@example.jp"))

E(53, "library-opening-hours", "information", "TOUR", """
你好，请问市图书馆新馆中秋节开不开门？平时晚上开到几点？办借书证要带什么？
""", cs="utf-8", label="utf-8", cte="base64", mailer="qq",
  when=(2026, 9, 18, 12, 6, 51), subj="市图书馆开放时间", frm=("小米", "xiaomi_reader@qq.example"))

E(54, "startup-talent-policy", "suggestion", "COMMERCE", """
Dear Mayor,

I am an Indian software entrepreneur. I came to the city three years ago for a job and
last year I founded a small AI start-up in the Gaoxin incubator with two Chinese
co-founders. We now have nine employees.

Some suggestions from our experience:

1. The talent subsidies and start-up grants are generous, but most of them require a
   Chinese ID number to apply online. Foreign founders cannot even open the form.
2. An English version of the policy documents (even a summary) would help a lot.
3. Foreign graduates of Chinese universities should be able to start a company directly
   after graduation, without first working for two years.
4. A "founder visa" or a simplified work permit for foreign founders of companies in
   the incubators would attract more international talent.

We love building our company here and want to hire more people. Thank you for listening.

Regards,
Arjun Mehta
Co-founder & CEO, NeuralLeaf Technology
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Suggestions on policies for foreign start-up founders",
  frm=("Arjun Mehta", "arjun@neuralleaf.example"))

# ===========================================================================
# letters 55-81

E(55, "reply-streetlights-still-dark", "complaint", "URBAN", """
你们的回复我看到了，但是问题根本没有解决！

回复里说“已安排维修人员修复，已办结”，可是到今天为止，梧桐路从电力新村路口到菜市场那一段的路灯还是全部不亮，晚上黑灯瞎火的。我昨天晚上九点又去看了，一盏都没亮。根本没有人来修过，附近摆摊的大姐也说没见过修路灯的人。

没修好就填“已办结”，这是在应付老百姓吗？请城管局重新核实，也请告诉我到底是哪个单位、哪位工作人员回复的“已修复”。

黄立群

在 2026-09-10 16:22:31，"市长信箱" <12345@city.example> 写道：
> 黄立群先生/女士：
> 您好！您反映的梧桐路部分路段路灯不亮的问题，已转城区城市管理局办理。
> 经核实，该路段路灯因线路老化出现故障，已安排维修人员修复，现已恢复正常照明。
> 感谢您对城市管理工作的关心和支持！
> 市长信箱 工单编号：12345-20260903-00871
""", cs="utf-8", label="utf-8", cte="base64", st="plain", mailer="qq", sq="B",
  when=(2026, 9, 21, 8, 2, 44),
  in_reply_to="<20260910162231.00871@city.example>",
  references=["<tencent_4C1D0E7A3B6F@qq.example>", "<20260910162231.00871@city.example>"],
  to="12345@city.example", to_name="市长信箱",
  subj="回复：关于梧桐路路灯不亮问题的答复", frm=("黄立群", "huanglq@qq.example"))

F(56, "elderly-neighbour-not-seen", "demand", "CIVIL", prio="high",
  fid="WF20260918-000085", at="2026-09-18T08:37:12+08:00",
  name="邱小红", phone="13858047716", email="", district="东城区",
  title="独居老人三天没出门，敲门没人应",
  content="东城区和平新村4幢201的张大爷，八十五岁，一个人住，儿子在外地。平时每天早上都会下楼买菜，"
          "这三天都没看到他，敲门没有反应，屋里的电视好像一直开着，门口的牛奶也没拿。"
          "我们联系不上他儿子。请社区和民政部门赶紧派人来看看，必要时破门，怕老人出事了！")

F(57, "site-workers-wages-keep-name", "demand", "HR", conf="yes",
  fid="WF20260918-000342", at="2026-09-18T21:14:30+08:00",
  name="老李", phone="15372019955", email="", district="高新区",
  title="工地拖欠我们二十多个农民工的工资",
  content="高新区智造小镇三期工地，包工头叫蔡某，从五月到现在一共欠了我们二十三个人的工资，"
          "加起来四十多万。总包单位说钱已经拨给包工头了，包工头说没收到，两边踢皮球。"
          "我们现在还在工地上干活，不干的话以前的钱更拿不到。\n"
          "请劳动部门帮我们协调，但是千万别说是我反映的，包工头说了谁去告状就让谁滚蛋，一分钱都不给。")

E(58, "chemical-smell-dizzy", "demand", "ECO", """
紧急情况！

滨江区浦沿工业园东边的化工厂（靠近江晖路那个有两个大罐子的）从今天早上八点左右开始，整个片区都是一股很刺鼻的气味，像烂苹果又像油漆。我们公司在隔壁园区，已经有五六个同事头晕、恶心、眼睛疼，其中一个女同事吐了，已经送医院。

附近还有一所幼儿园和一个大型居民区。不知道是不是泄漏了什么有毒气体，请环保和应急部门马上派人来检测，该疏散的赶紧疏散！

联系人：闵鸿涛 15167123580
""", prio="high", cs="gb18030", label="gb18030", cte="base64", mailer="foxmail",
  subj="浦沿工业园化工厂附近刺鼻气味，多人头晕呕吐", frm=("闵鸿涛", "minhongtao@qq.example"))

E(59, "accommodation-registration", "consultation", "PSB", """
Hi,

I just moved from a hotel into a rented apartment in Dongcheng District. A friend told me
foreigners must register their address with the police within 24 hours. Is that right?
Can I do it online or do I need to go to the police station in person with my landlord?
What happens if I'm late - I moved in 3 days ago.

Thanks,
Ethan Clarke
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Registering my address as a foreigner",
  frm=("Ethan Clarke", "ethanclarke92@gmail.example"))

E(60, "village-cadre-subsistence", "complaint", "DIC", """
纪委领导：

我们是老城区桥头镇沙湾村的村民，反映村支书兼村主任杜某某在低保评定中优亲厚友的问题。

村里现在吃低保的十七户里，有五户是杜某某的亲戚，其中他的小舅子家有两套房、一辆小轿车，还开着一个农家乐；他的堂弟常年在外地做生意。而真正困难的几户，比如村西头瘫痪在床的孙老汉家、独自带两个孙子的吴奶奶家，申请了好几年都评不上。

每年评低保从来不开村民代表会，名单也不公示。村民去问，杜某某说“上面定的”。

请纪委派人下来查，我们可以作证。但是不要让村里知道是谁写的信，不然以后在村里日子没法过。

沙湾村几位村民
""", conf="yes", cs="gb2312", label="gb2312", cte="quoted-printable", mailer="coremail", sq="Q",
  subj="反映沙湾村村支书低保评定优亲厚友", frm=("沙湾村民", "shawan_cm@163.example"))

E(61, "tree-leaning-after-typhoon", "demand", "URBAN", """
解放路小学正门口那棵大梧桐树，台风过后整棵树往马路这边歪了，根都翘起来了，树冠压在电线上。现在正是放学时间，好多家长和孩子在树底下等，很危险。保安说打了电话但没人来。请园林部门马上来处里！！

138 6805 2217 宋
""", prio="high", cs="utf-8", label="utf-8", cte="8bit", mailer="android",
  subj="解放路小学门口大树倾斜压电线，随时可能倒", frm=("宋", "songyu_2015@163.example"))

E(62, "fwd-community-canteen", "suggestion", "CIVIL", """
市长信箱：

下面是我们小区的退休教师陶老师写的信，他眼睛不好，让我帮忙转发给您。我也很赞同他的想法，我们这个小区六十岁以上的老人占了三分之一。

社区志愿者 于晓燕
""", cs="utf-8", label="utf-8", cte="base64", st="fwd", mailer="coremail",
  inner=dict(n=62, frm=("陶文彬", "taowb1950@163.example"), cs="gb2312", cte="base64", mailer="none",
             when=(2026, 9, 19, 15, 41, 0), to="yuxiaoyan@163.example",
             subj="关于开办社区老年食堂的建议",
             body="""
市长同志：

我今年七十六岁，老伴去年走了，一个人住。年纪大了，做饭越来越吃力，经常一顿饭热好几次吃。我们小区像我这样的独居、空巢老人有一百多位。

建议在社区开办老年食堂：
一、利用社区活动中心的一楼，由政府给点场地和水电补贴，请正规的餐饮企业来经营；
二、老人凭卡就餐，八十岁以上、低保、失能老人给予优惠；
三、行动不便的可以送餐上门，志愿者可以帮忙。

听说外地已经有不少这样的食堂了，希望我们市也能办起来。

退休教师 陶文彬
""".strip("\n") + "\n"),
  subj="Fwd: 关于开办社区老年食堂的建议", frm=("于晓燕", "yuxiaoyan@163.example"))

E(63, "symphony-concert-tickets", "information", "TOUR", """
Hello! Where can I buy tickets for the City Symphony Orchestra's concert at the Grand Theatre
on 10 October? The official app only accepts Chinese ID cards. Is there a box office where I
can pay by card, and until what time is it open?
Thanks, Olga
""", lang="en", cs="utf-8", label="utf-8", cte="base64", mailer="phone",
  subj="Concert tickets – buying without Chinese ID", frm=("Olga Ivanova", "olga.ivanova.music@example.com"))

F(64, "sole-trader-deregistration", "consultation", "MARKET",
  fid="WF20260920-000119", at="2026-09-20T10:18:45+08:00",
  name="蒋红梅", phone="18067305521", email="", district="老城区",
  title="个体工商户营业执照怎么注销",
  content="我在老城区开的服装店不做了，想把个体户营业执照注销掉。请问可以网上办吗？需要先去税务清税吗？"
          "还有一张食品经营许可证（以前卖过零食），要不要一起注销？")

E(65, "hk-resident-buy-flat", "consultation", "HOUSING", """
你好，

本人係香港居民，現於貴市一間港資企業工作已滿兩年，有繳納個人所得稅及社保。

想查詢：
（１）香港居民在本市購買首套住房，目前有沒有限購？需要提供哪些證明文件？
（２）可否申請住房公積金貸款？
（３）購房後辦理不動產登記，是否需要將香港身份證的文件公證？

謝謝！

陳家豪
""", cs="big5", label="big5", cte="quoted-printable", mailer="apple", hant=True,
  subj="香港居民購房查詢", frm=("陳家豪", "kaho.chan@example.com.hk"))

E(66, "enforcement-no-id", "complaint", "URBAN", """
市长您好：

我在城西农贸市场门口开了一家小五金店。9月18日上午，三名城管执法人员到店里，说我店门口摆的货物超出门线，要暂扣货物。我请他们出示执法证，其中一个人说“穿着制服还要什么证”，另一个不耐烦地说“你再啰嗦就全部拉走”。

我承认货物摆出来一点是不对的，我当场就往回收了。但是执法人员执法不出示证件、态度蛮横，我认为不妥。希望城管局加强对执法人员的规范管理，执法要文明、要亮证。

五金店店主 蔡德明
""", conf="yes", cs="gbk", label="gbk", cte="base64", st="alt", mailer="foxmail",
  subj="反映城管执法人员执法不亮证、态度蛮横", frm=("蔡德明", "caideming@163.example"))

E(67, "publish-air-quality-data", "suggestion", "ECO", """
Dear Mayor,

I’m François Lefèvre, a French researcher at the university’s School of Environment. I’d
like to make a suggestion about air-quality information.

At present the city publishes an hourly AQI for the whole city, but not the data from the
individual monitoring stations in an easy, downloadable form. Residents who live next to
the industrial parks or the ring road can’t see what’s happening in their own area.

Suggestions:
• publish station-level PM2.5, PM10, NO₂ and O₃ data as open data (CSV or an API);
• add the monitoring stations near schools and hospitals to the public map;
• issue alerts in English as well, for the foreign community.

Many cities in Europe do this and it builds public trust. My lab would be glad to help.

Bien cordialement,
François Lefèvre
""".replace("NO₂ and O₃", "NO2 and O3"), lang="en", cs="windows-1252", label="iso-8859-1",
  cte="quoted-printable", mailer="thunderbird", tz=8,
  subj="Suggestion – open air-quality data by monitoring station",
  hdr_cs="windows-1252",
  frm=("François Lefèvre", "francois.lefevre@example.fr"))

E(68, "school-uniform-fees", "complaint", "EDU", """
教育局领导：

我们是城北第三中学初一新生家长。开学时学校要求每个学生必须交“校服费”680元（四套），还有“教辅资料费”420元、“社团活动费”300元、“午休管理费”每学期600元。校服必须在学校指定的商家买，外面同款不到一半价钱；教辅资料是班主任统一订的，不交的孩子上课没书用。

收费没有任何收据，只让家长在班级群里用个人微信转给班主任。

请教育局查一查这些收费是否合规。家长们都怕影响孩子，没有人敢出面，请对反映人信息保密。

一位初一家长
""", conf="yes", cs="utf-8", label="utf-8", cte="quoted-printable", st="html", mailer="coremail",
  subj="反映城北三中开学乱收费（请保密）", frm=("", "parent_cb3z@163.example"))

E(69, "sinkhole-near-metro-works", "demand", "HOUSING", """
市长：您好！

今天下午3点左右，人民医院站B出口地铁施工围挡外面的人行道上突然塌了一个坑，直径有两米多，深一米多，下面能看到水在往外冒。施工方用几块板子盖住了，拉了一根警戒带就不管了。

这个位置每天有大量去医院看病的老人和病人经过，晚上光线差，而且坑的边缘还在继续往下掉土，我担心旁边的公交站台也会塌。

照片附上，请住建部门和地铁建设单位马上派人处理，查清楚地下是不是被掏空了！

市民 梁志远
""", prio="high", cs="gbk", label="gbk", cte="base64", st="mixed", mailer="outlook",
  atts=[att("地铁施工路段路面塌陷现场照片（人民医院站B出口）.png", "png", style="2231cont")],
  subj="人民医院站地铁施工处路面塌陷，请紧急处理", frm=("梁志远", "liangzhiyuan@example.cn"))

F(70, "flu-vaccine-where", "information", "HEALTH",
  fid="WF20260921-000760", at="2026-09-21T13:02:51+08:00",
  name="毛晓雯", phone="", email="maoxw@163.example", district="滨江区",
  title="哪里可以打流感疫苗",
  content="请问今年的流感疫苗什么时候开始打？滨江区哪些社区卫生服务中心可以打？需要预约吗？两岁的宝宝可以打吗？")

E(71, "typhoon-flights", "information", "MET", """
Will the typhon close the airport this weekend?? I have a flight to Singapore on Saturday morning.
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="phone",
  subj="typhoon and flights", frm=("", "k.tan.sg@example.com.sg"))

E(72, "housing-fund-rent-withdrawal", "consultation", "HOUSING", """
您好：

本人在市区租房居住，单位一直在给我缴纳住房公积金。请问：

１．无房职工租房可以提取公积金吗？每年最多能提取多少？
２．需要提供租房合同和发票吗？还是只要个人承诺就可以？
３．能不能在手机上办理，还是必须去公积金中心柜台？

谢谢！
孔令辉
""", cs="gb2312", label="gb2312", cte="base64", mailer="qq",
  subj="咨询租房提取住房公积金", frm=("孔令辉", "konglh@qq.example"))

E(73, "marriage-registration-foreigner", "consultation", "CIVIL", """
Dear Sir/Madam,

I am an Australian citizen and my fiancée is Chinese, with her hukou in this city. We
would like to register our marriage here in December.

Could you please tell us which marriage registration office handles marriages involving a
foreign national, and what documents I need? In particular:

- does my certificate of no impediment to marriage need to be legalised by the Chinese
  embassy, or is an apostille enough now?
- does it have to be translated by a certified translation company in China?
- do we need to book an appointment?

Thank you!

Best wishes,
Nathan Hughes & 钟晓琳
""", lang="en", cs="utf-8", label="utf-8", cte="base64", st="alt", mailer="apple", tz=10,
  subj="Marriage registration with a foreign national",
  frm=("Nathan Hughes", "nathan.hughes@example.com.au"))

F(74, "official-car-school-run", "complaint", "DIC", conf="yes",
  fid="WF20260922-000037", at="2026-09-22T07:49:15+08:00",
  name=None, phone=None, email=None, anon=True, district="高新区",
  title="公车私用：每天用单位的车接送孩子上学",
  content="高新区某局一名领导，每天早上七点半左右都坐一辆挂着“公务用车”标识的黑色轿车，送孩子到外国语学校上学，"
          "下午四点半又来接，周末还开这辆车去郊区钓鱼。车牌号照片附上，已经拍了两个多星期。"
          "中央早就有规定，请纪委查处。",
  atts=[att("IMG_20260918_073512.jpg", "jpg"), att("IMG_20260919_163048.jpg", "jpg")])

E(75, "garbage-sorting-times", "suggestion", "URBAN", """
领导们好：

我们小区从上个月开始推行垃圾“定时定点”投放，每天只有早上7:00-9:00和晚上6:30-8:30两个时段可以扔，其他时间垃圾桶都锁起来。初衷是好的，但是执行下来有点问题，说几句可能有点啰嗦：

上夜班、早出晚归的年轻人根本赶不上投放时间，结果垃圾袋就堆在锁着的垃圾桶旁边，反而更脏；督导员只在早上在，晚上没有人指导分类。

建议：
一、在每个小区保留一个24小时开放的“误时投放点”，加装摄像头；
二、厨余垃圾桶装上脚踩开盖，夏天太臭，大家不愿意用手开；
三、多用积分兑换的方式鼓励，少用罚款。

谢谢！ 市民 曹玥
""", cs="gbk", label="gb2312", hdr_cs="gbk", cte="base64", mailer="foxmail",
  subj="对小区垃圾定时定点投放的建议", frm=("曹玥", "caoyue0809@qq.example"))

E(76, "restaurant-water-cut-roadworks", "demand", "WATER", """
Dear Sir or Madam,

I own "Bella Napoli", an Italian restaurant at No. 21 Hubin Road (Old Town District), with
14 employees. Because of the road works in front of our building, the water supply to our
block has been cut four times in the last two weeks, each time for a whole day, and we
were never told in advance. Each time we had to close and throw away food.

We fully support the road improvement, but could the relevant department please:

1. ask the contractor to give businesses at least 24 hours' notice of any water cut;
2. tell us how long the works will continue; and
3. consider a temporary water connection for the restaurants on this block?

The water company's hotline told us to "ask the construction company", and the
construction company told us to "ask the government".

Many thanks for your help.
Marco Bellini
Owner, Bella Napoli
Tel. 0571-8766 3012
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="outlook", lang_hdr="it-it",
  subj="Repeated water cuts without notice - restaurant on Hubin Road",
  frm=("Marco Bellini", "marco@bellanapoli.example"))

E(77, "eco-bureau-closed-without-action", "complaint", "ECO", """
我从今年五月到现在，已经第五次反映同一个问题了：滨江区长河街道“永兴塑料厂”每天晚上排放刺鼻的塑料焦味，周边三个小区的居民晚上都不敢开窗。

每次反映以后，生态环境分局都回复“经现场检查，该企业废气处理设施正常运行，未发现违法行为”，然后就办结了。可是每次来检查都是白天，而且提前打电话通知厂里。我们要求晚上来，从来没有来过。

我想问：这样的检查有什么意义？是不是只是为了走流程？请市里督办，不要再让分局自己查自己了。

长河街道 居民 龚丽娜
18758126647
""", cs="utf-8", label="utf-8", cte="base64", mailer="foxmail", st="mixed",
  atts=[att("历次反映记录.txt", "txt", style="2231", charset="utf-8",
            content=["2026-05-12 12345工单 回复：未发现违法行为，已办结",
                     "2026-06-20 12345工单 回复：废气处理设施正常运行，已办结",
                     "2026-07-28 12369电话 回复：已转分局核查",
                     "2026-08-30 12345工单 回复：未发现违法行为，已办结",
                     "2026-09-21 12345工单 回复：企业已整改，已办结"])],
  subj="五次反映塑料厂废气扰民，环保分局每次都敷衍办结", frm=("龚丽娜", "gonglina@qq.example"))

E(78, "subsistence-application-delay", "demand", "CIVIL", """
市长您好：

我叫邹志强，今年五十六岁，前年查出尿毒症，每周要透析三次，已经没办法工作。老婆在超市做保洁，一个月两千出头，儿子还在上大学。

今年六月，我在社区递交了低保申请，材料都交齐了，社区说要等街道审核、入户调查。到现在三个多月了，一直说“在走流程”，问哪一步了，谁也说不清楚。

我们家现在每个月光看病就要花三千多，已经借了很多钱。请民政部门帮我问问，到底什么时候能批下来？如果不符合条件，也请告诉我原因。

邹志强 13777042095
老城区北关街道红星新村
""", cs="gb2312", label="gb2312", cte="quoted-printable", mailer="none",
  subj="低保申请三个多月没有结果", frm=("邹志强", "zouzhiqiang@163.example"))

F(79, "public-bike-card-info", "information", "TRANS", lang="en",
  fid="WF20261011-000733", at="2026-10-11T16:27:05+08:00",
  name="Lucas Moreau", phone="", email="lucas.moreau@example.com", district="老城区",
  title="Public bicycle card",
  content="Hi, how can a foreigner get a public bicycle card? Can I use my passport, and where is the "
          "nearest service point to Wenhua Road? Is there a deposit?\nThx!")

E(80, "mid-autumn-lantern-fair", "information", "TOUR", """
Dear Mayor's Mailbox,

My family would like to see the Mid-Autumn lantern fair this year. Could you tell us the
dates and the venue, whether it is free, and which metro station is nearest? Will there be
any fireworks?

Thank you and happy Mid-Autumn Festival!
The Nakamura-Wilson family
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="html", mailer="webmail",
  when=(2026, 9, 16, 20, 44, 10), subj="Mid-Autumn lantern fair – dates and venue?",
  frm=("Emily Nakamura-Wilson", "emily.nw@gmail.example"))

E(81, "rude-exit-entry-officer", "complaint", "PSB", """
To whom it may concern,

On 22 September I went to the Exit-Entry service hall to collect my residence permit. The
officer at window 5 (a man in his thirties, no name badge visible) was extremely rude. When
I asked, in Chinese, why my permit was not ready although the SMS said it was, he shouted
at me in front of everybody, called me "stupid foreigner" in Chinese and threw my receipt
back across the counter.

Another officer eventually found my permit in a box behind the counter, so it was ready
all along.

I understand the staff are busy, but this behaviour is unacceptable in a public service
hall. I ask that the Exit-Entry Administration look into this and remind staff to treat
all applicants with respect.

Regards,
Dmitri Volkov
""", conf="yes", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="outlook",
  subj="Complaint about an officer at the Exit-Entry service hall",
  frm=("Dmitri Volkov", "d.volkov@example.com"))

# ===========================================================================
# letters 82-108

E(82, "one-window-approval", "suggestion", "APPROVAL", """
尊敬的市长：

我是一家小型装修公司的负责人，这几年跑审批跑得比较多，结合亲身经历提几点建议：

一、同一份材料不要反复交。营业执照、身份证这些政府自己就能查到的信息，不要每个窗口都让企业再交一遍复印件；
二、“一网通办”的系统要真正打通。现在网上提交以后，还要再到窗口交纸质材料，等于办了两遍；
三、办理进度要能在网上查到，现在只能打电话问，经常问不到；
四、审批时限能压缩的尽量压缩，比如小型工程的施工许可，建议推行告知承诺制。

营商环境好不好，企业感受最直接。希望我市能越做越好。

嘉禾装饰 朱立平
""", cs="gb2312", label="gb2312", cte="base64", mailer="qq",
  subj="关于进一步优化审批服务的几点建议", frm=("朱立平", "zhuliping@jiahe-deco.example"))

E(83, "cafe-food-licence", "consultation", "APPROVAL", """
Hello,

I'm planning to open a small coffee shop (about 40 m2, coffee and cakes, no cooking) in a
street-front unit in Binjiang District. Could you tell me which licences I need and where to
apply? I understand I need a business licence and a food business licence - can both be
applied for online, and can the application be made in English or do I need a Chinese agent?

How long does it usually take?

Many thanks,
Chloe Bennett
""", lang="en", cs="utf-8", label="utf-8", cte="7bit", mailer="apple", tz=8,
  subj="Licences needed to open a small coffee shop",
  frm=("Chloe Bennett", "chloe.bennett.coffee@example.com"))

F(84, "noise-report-mini-program", "suggestion", "ECO",
  fid="WF20260924-000480", at="2026-09-24T20:33:07+08:00",
  name="袁博", phone="18705712298", email="yuanbo@163.example", district="滨江区",
  title="建议开通噪声投诉举报的线上渠道",
  content="现在遇到夜间施工、商铺外放音响这类噪声问题，市民只能打电话，打过去还要描述半天地址。"
          "建议开发一个噪声举报的微信小程序：可以定位、上传录音和视频，自动转给对应的街道和执法部门，"
          "处理进度也能在线看到。这样既方便群众，也能让执法部门掌握噪声扰民的高发区域，提前管控。"
          "举报多的工地，审批夜间施工许可时也可以从严把关。")

E(85, "overtime-rules-foreign-staff", "consultation", "HR", """
Dear Sir/Madam,

I am the HR manager of a small Swedish design company in the city (12 staff, 3 of them
foreigners). We want to make sure we follow local labour law correctly. Could you clarify:

1. Do the rules on overtime pay (150% / 200% / 300%) apply to foreign employees in the same
   way as to Chinese employees?
2. How many days of paid annual leave must we give an employee who has worked 8 years in
   total, but only 1 year with us?
3. Must foreign employees join the social insurance scheme, and which schemes?

We have not had any dispute; we simply want to get it right.

Best regards,
Karin Lindberg
HR Manager
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="outlook", lang_hdr="sv-se",
  subj="Labour law questions: overtime pay, annual leave, social insurance",
  frm=("Karin Lindberg", "karin.lindberg@nordform.example"))

E(86, "rural-house-rebuild-permit", "consultation", "PLAN", """
您好！

我家在老城区石桥镇李家坞村，老房子是1983年建的泥墙房，已经有点危险了，想拆了原地翻建。

请问：
1. 农村宅基地上翻建房屋，需要办哪些手续？是到镇里还是到区里的自然资源和规划部门？
2. 翻建以后最多能建几层、多高？占地面积有没有限制？
3. 我户口已经迁到城里了，房子是我父亲名下的，能不能以我父亲的名义申请？

谢谢！
李镕杰 13957186602
""", cs="gbk", label="gbk", cte="base64", mailer="foxmail",
  subj="咨询农村老房子原地翻建的审批手续", frm=("李镕杰", "lirongjie@163.example"))

E(87, "scaffolding-debris-falling", "demand", "HOUSING", """
Hello,

I am writing about an urgent safety problem. On Qingnian Road, opposite Qingnian Road Primary
School, there is a building under renovation (a 12-storey office block). For the past week
pieces of concrete, tiles and once a metal clamp have fallen from the scaffolding onto the
pavement. There is no protective net on the street side, and no covered walkway.

This morning a piece of brick landed about one metre from a mother with a pushchair. Hundreds
of children walk past this building every morning and afternoon.

Please send someone to inspect the site today and close the pavement until it is safe.

Björn Lindqvist
Qingnian Road 88, flat 6-2
Tel. 150 5716 2283
""", lang="en", prio="high", cs="windows-1252", label="windows-1252", cte="quoted-printable",
  mailer="webmail", sq="Q", subj="URGENT: debris falling from scaffolding next to a primary school",
  frm=("Björn Lindqvist", "bjorn.lindqvist@example.se"))

E(88, "property-certificate-delay-reply", "complaint", "PLAN", """
您好：

看到回复，还是很失望。

我九月一号在不动产登记中心交齐了二手房过户的全部材料，当时窗口说“五个工作日出证”。到现在二十多天了，每次打电话都说“在审核”。你们上次的回复说“已督促不动产登记中心加快办理”，可是督促了两个星期还是没动静。

我因为这个证没拿到，银行的贷款发放不了，卖房的人天天催我，还要赔违约金。

请问：一个普通的过户登记，为什么要这么久？到底卡在哪个环节？能不能给个准确时间？

胡雅婷

-----原始邮件-----
发件人："市长信箱" <12345@city.example>
发送时间：2026-09-18 10:05:12
收件人："胡雅婷" <huyating@qq.example>
主题：关于您反映的不动产登记办理进度问题的答复

胡雅婷女士：
您好！您反映的问题已转市自然资源和规划局办理。经了解，您的登记申请因需补充核实原产权信息，目前正在审核中。我们已督促不动产登记中心加快办理，请您耐心等待。
""", cs="utf-8", label="utf-8", cte="base64", st="alt", mailer="qq", when=(2026, 9, 25, 12, 30, 2),
  in_reply_to="<20260918100512.01342@city.example>", to="12345@city.example",
  subj="回复：关于您反映的不动产登记办理进度问题的答复", frm=("胡雅婷", "huyating@qq.example"))

F(89, "blood-donation-foreigners", "information", "HEALTH", lang="en",
  fid="WF20261018-000912", at="2026-10-18T12:49:33+08:00",
  name="Samuel Adeyemi", phone="19157120384", email="", district="西湖区",
  title="Blood donation",
  content="Hi, can foreigners donate blood in the city? Where is the nearest blood donation station to "
          "the West Lake area and what do I need to bring? I'm O negative.\nThanks - Sam")

F(90, "taiwan-visitor-sightseeing", "information", "TOUR", hant=True,
  fid="WF20260925-000206", at="2026-09-25T15:11:38+08:00",
  name="黃雅琪", phone="+886 912 345 078", email="yachi.huang@example.com.tw", district="",
  title="請問十月自由行的景點與交通",
  content="您好！我們一家四口預計十月中從台灣到貴市自由行五天，想請問：\n"
          "1. 市區有哪些推薦的景點和老街？需要提前預約門票嗎？\n"
          "2. 台胞證可以直接坐地鐵、租共享單車嗎？\n"
          "3. 有沒有適合小朋友的博物館？\n謝謝您！")

E(91, "elevator-traps-residents", "demand", "MARKET", """
市长您好：

我们是东城区康乐苑小区3幢的居民。这栋楼的两部电梯是2006年装的，最近半年几乎每周都出故障，光九月份就困人四次。最严重的一次，一位八十多岁的老太太和她的外孙被关在里面一个多小时，救出来的时候老人已经喘不上气，送了医院。

昨天电梯又突然从七楼往下溜了一截，里面的人吓坏了。物业说维保公司来看过，换了零件，但是问题还是一样。我们怀疑维保根本没有按规定做，年检合格证也早就过期了。

请特种设备监管部门马上来检查这两部电梯，在查清楚之前，能不能先责令停用并安排人员值守？再这样下去迟早要出人命！

康乐苑3幢全体住户 联系人：窦建华 13819170248
""", prio="high", cs="gbk", label="iso-8859-1", hdr_cs="gbk", hdr_label="iso-8859-1",
  cte="base64", mailer="none",
  subj="康乐苑3幢电梯频繁困人溜梯，请紧急检查", frm=("窦建华", "doujianhua@163.example"))

E(92, "training-centre-closed-refund", "demand", "EDU", """
Dear Sir or Madam,

My daughter (11) was enrolled in the "Star Kids" after-school English and maths centre on
Jiefang Road. In June I prepaid 12,800 RMB for 96 lessons. After only 14 lessons, the centre
closed without notice on 10 September – the door is locked and the teachers say they have
not been paid either. About 200 families are affected; the parents' group has over 180
members.

I have attached the receipt and the contract. I would like to know:
– whether the Education Bureau supervised the prepaid fees of this centre (I read that
  prepaid fees should be kept in a supervised account), and
– how the parents can get the unused fees back.

Please help us. Many parents are Chinese families who cannot afford to lose this money.

Yours sincerely,
Rachel Goldberg
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="mixed-alt", mailer="outlook",
  atts=[att("StarKids_receipt_2026-06.pdf", "pdf", style="ascii",
            content=["Star Kids Education Centre", "Receipt No. SK-20260615-077",
                     "96 lessons, RMB 12,800.00, paid by bank card"]),
        att("contract.docx", "docx", style="ascii",
            content=["Training service contract", "Party A: Star Kids Education Centre"])],
  subj="After-school centre closed suddenly – prepaid fees",
  frm=("Rachel Goldberg", "rachel.goldberg@example.com"))

F(93, "public-rental-housing-eligibility", "consultation", "HOUSING",
  fid="WF20260926-000571", at="2026-09-26T11:46:22+08:00",
  name="夏天宇", phone="15868129047", email="", district="高新区",
  title="公租房申请条件",
  content="您好，我是外地户籍，在高新区一家互联网company做programmer，工作两年了，本科学历，目前和别人合租。HR说公司可以帮忙出证明。请问像我这样的新就业大学生"
          "能申请公租房或者人才公寓吗？需要满足什么条件？租金大概多少？在哪里申请？")

E(94, "teacher-workload-suggestion", "suggestion", "EDU", """
尊敬的教育局领导：

我是一名在本市从教十五年的初中语文教师。写这封信是想就减轻教师非教学负担提几点建议：

一、现在老师们除了上课、备课、批改作业，还要应付大量的表格、检查和“留痕”材料：安全教育平台每周要截图，各种APP要求学生打卡，每次活动都要写总结、拍照片、做美篇。一学期下来光材料就能装满两个档案盒；
二、各类进校园的活动太多，交通安全、消防、反诈、禁毒……每项都要求开主题班会并上交照片；
三、建议由教育局统一清理、合并各类填报平台，明确哪些检查可以取消，把时间还给课堂和学生。

这些话在学校里不敢说，校长最看重的就是“材料做得漂亮”。恳请不要公开我的姓名和学校，谢谢！

一名普通教师
""", conf="yes", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="thunderbird",
  subj="关于切实减轻中小学教师非教学负担的建议", frm=("", "yuwen_teacher_2011@163.example"))

E(95, "bus-line-science-city", "suggestion", "TRANS", """
Dear Mayor,

I teach at the new international school in Science City (north of the High-Tech Zone). Since
the school opened this September, around 300 staff and older students commute there every
day, but there is only one bus line (No. 371), running every 30 minutes, and it takes
70 minutes from the metro. Most people end up using taxis or private cars, which blocks the
school gate at rush hour.

Could the Transport Bureau consider:
1) a peak-hour shuttle bus between Science City and the nearest metro station (line 5);
2) increasing the frequency of line 371 at 7-8:30 and 16-18:00;
3) a safe drop-off area in front of the school?

Thank you for considering this.
Peter Novak
""", lang="en", cs="utf-8", label="utf-8", cte="base64", mailer="webmail",
  subj="Suggestion: better bus connection to Science City",
  frm=("Peter Novak", "peter.novak.teacher@example.com"))

E(96, "land-office-bribe", "complaint", "DIC", """
市纪委：

实名不敢，匿名举报。

老城区石桥镇国土所所长沈某，利用审批农村建房、临时用地的权力，长期收受好处。村民翻建房子，不给他送钱就一直“材料不全”，送了钱的，超面积、超层数都能批。去年镇上一家砂石场在基本农田上违法占地三十多亩，被群众反映过多次，每次都是他带队去“检查”，查完照样开工，据说砂石场老板每年给他送“分红”。

他老婆名下在城里有三套房子、一个门面，和他的收入明显不符。

恳请组织调查。我是本镇人，如果身份暴露，以后家里办什么事都会被刁难，请务必为我保密。
""", conf="yes", cs="gb18030", label="gb18030", cte="base64", mailer="foxmail", sq="Q",
  subj="举报石桥镇国土所所长收受好处、纵容违法占地", frm=("", "shiqiao_2026@qq.example"))

E(97, "barrier-free-facilities", "suggestion", "HOUSING", """
市長您好：

我是一名輪椅使用者，脊髓損傷已經十年。這幾年城市變化很大，但對我們殘障人士來說，出門仍然處處是「坎」。

一、很多新建的人行道，盲道被電線桿、垃圾桶、共享單車佔用，有的盲道直接通向樹池；
二、不少商場、銀行門口只有台階沒有坡道，有坡道的也太陡，自己推不上去；
三、老舊小區改造的時候，很少考慮加裝扶手和無障礙通道。

建議在城市建設和老舊小區改造中，嚴格按照無障礙設計規範驗收，並邀請殘障人士參與體驗和監督。

謝謝！
趙明德
""", cs="big5", label="big5", cte="base64", st="alt", mailer="outlook", hant=True,
  subj="關於完善城市無障礙設施的建議", frm=("趙明德", "chao.mingde@example.com.tw"))

E(98, "hostel-fire-exits-blocked", "demand", "EMERG", """
Hi,

I'm staying at a youth hostel in the Old Town (Laojie Youth Hostel, 3rd-5th floor above a
restaurant on Hefang Street). Both emergency staircases are locked with padlocks at night
"for security", and the corridor is full of mattresses and luggage. There are about 60 guests,
mostly young travellers, and people smoke on the balconies. The smoke detectors in the rooms
have no batteries.

If there is a fire at night, nobody can get out. I told the manager and he just laughed.
Please send fire inspectors as soon as possible. I am leaving the city tomorrow but I'm really
worried for the other guests.

Tom
""", lang="en", prio="high", cs="utf-8", label="utf-8", cte="base64", mailer="phone",
  subj="Fire exits locked at a youth hostel in the Old Town",
  frm=("Tom Brady-Walsh", "tbw.backpacker@example.co.uk"))

E(99, "factory-project-coordination", "demand", "COMMERCE", """
致市长信箱：
我司“恒昇新材料科技有限公司”投资5.2亿元的新型建材生产基地项目，于2025年12月签约落户高新区，原计划2026年9月投产。目前项目主体厂房已完工，但存在以下问题，严重影响投产进度，恳请市政府协调解决：
序号
问题
情况说明
1
双回路供电接入
已申请半年，供电方案至今未批复
2
项目东侧规划道路
道路未建成，大型货车无法进出厂区
3
天然气管道接入
燃气公司要求企业承担约380万元的管网建设费用，与招商时的承诺不符
以上问题已多次向园区管委会反映，但一直没有明确答复。项目投产后预计年产值8亿元、提供就业岗位400余个。恳请市政府召开协调会，帮助企业解决实际困难。
联系人：项目经理 杨晟 0571-87210963
恒昇新材料科技有限公司
""", cs="gbk", label="", hdr_cs="gbk", cte="base64", st="html", mailer="outlook",
  html="""<html><head><meta charset="gbk"><title>恒昇新材料</title></head>
<body style="font-family:宋体;font-size:12pt">
<p>致市长信箱：</p>
<p>&nbsp;&nbsp;&nbsp;&nbsp;我司&ldquo;恒昇新材料科技有限公司&rdquo;投资5.2亿元的新型建材生产基地项目，于2025年12月签约落户高新区，原计划2026年9月投产。目前项目主体厂房已完工，但存在以下问题，严重影响投产进度，恳请市政府协调解决：</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>序号</th><th>问题</th><th>情况说明</th></tr>
<tr><td>1</td><td>双回路供电接入</td><td>已申请半年，供电方案至今未批复</td></tr>
<tr><td>2</td><td>项目东侧规划道路</td><td>道路未建成，大型货车无法进出厂区</td></tr>
<tr><td>3</td><td>天然气管道接入</td><td>燃气公司要求企业承担约380万元的管网建设费用，与招商时的承诺不符</td></tr>
</table>
<p>&nbsp;&nbsp;&nbsp;&nbsp;以上问题已多次向园区管委会反映，但一直没有明确答复。项目投产后预计年产值8亿元、提供就业岗位400余个。恳请市政府召开协调会，帮助企业解决实际困难。</p>
<p>联系人：项目经理 杨晟 0571-87210963<br>
恒昇新材料科技有限公司</p>
</body></html>
""", subj="恳请协调解决恒昇新材料项目投产前的供电、道路和燃气问题",
  frm=("恒昇新材料 杨晟", "yangsheng@hengsheng-nm.example"))

E(100, "zone-broken-subsidy-promise", "complaint", "COMMERCE", """
Dear Mayor,

I am writing on behalf of Ridgeway Medical Devices (Suzhou-registered, with a production
subsidiary in your High-Tech Zone since 2024). When we signed the investment agreement, the
zone's investment promotion office promised in writing a rent subsidy of 50% for three years
and a one-off equipment subsidy of RMB 2 million once production started.

Production started in March 2025. Since then we have submitted the application three times.
Each time the documents were returned with a new requirement, and for the last four months
nobody at the office has answered our e-mails or calls. The officer who signed with us has been
transferred, and his successor says he "doesn't know about this agreement".

We chose this city because of the commitments made to us, and we have hired 160 local staff.
Frankly, the way we have been treated is very disappointing. We ask that the Commerce and
Investment Promotion Bureau honour the agreement, or at least give us a clear written answer.

Yours sincerely,
Michael Thornton
Managing Director, Ridgeway Medical Devices (China)
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="alt", mailer="outlook",
  subj="Investment agreement commitments not honoured by the zone",
  frm=("Michael Thornton", "m.thornton@ridgeway-med.example"))

E(101, "notary-office-hours", "information", "JUSTICE", """
你好，请问市公证处的地址在哪里？办理出国留学用的学历公证和无犯罪记录公证，需要本人去吗？周末上班吗？大概几天能拿到？谢谢
""", cs="gb2312", label="gb2312", cte="base64", mailer="coremail",
  subj="公证处地址和办理时间", frm=("马骁", "maxiao2004@163.example"))

E(102, "marathon-weather", "information", "MET", """
Hi,
What's the weather forecast for the city marathon next Sunday morning? If there is heavy rain
or a typhoon warning, will the race be cancelled, and where would that be announced?
Thanks, Kenji
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Weather for the marathon", frm=("Kenji Tanaka", "kenji.tanaka.runner@example.com"))

E(103, "hospital-appointment-app", "suggestion", "HEALTH", """
卫健委领导好：

我经常带家里老人去市一医院看病，想对预约挂号系统提几点建议（附截图）：

1. 现在挂号要先下载医院的APP，再注册、实名、绑卡，老人根本不会用。建议保留足够的现场挂号和电话预约号源；
2. 各家医院的APP都不一样，建议全市统一一个预约平台，在“城市大脑”小程序里就能挂所有医院的号；
3. 专家号每天早上七点放号，一秒钟就没了，怀疑有“号贩子”用软件抢号，建议实名就诊、限制同一账号的挂号次数；
4. 检查预约能不能也放到网上，现在做个B超还要来医院排队预约一次。

谢谢！
市民 骆晓峰
""", cs="utf-8", label="utf-8", cte="base64", st="mixed-alt", mailer="foxmail",
  atts=[att("挂号APP截图.png", "png", style="2231")],
  subj="对全市医院预约挂号系统的几点建议", frm=("骆晓峰", "luoxiaofeng@qq.example"))

E(104, "police-station-refuses-case", "complaint", "PSB", """
市长您好：

我于9月20日晚在滨江区星光大道地下车库被人砸了车窗，车内的笔记本电脑和两千元现金被盗。当晚我就到辖区派出所报案，值班民警说“车库有监控，你先找物业调监控，调到了再来”，没有给我做笔录，也没有给报案回执。

第二天我找物业，物业说监控要公安来调才能给。我再去派出所，换了一个民警，说“这么小的案子，立了也破不了”，让我自己找保险公司。

我想问：报案不登记、不出回执、让群众自己去调监控，这样做符合规定吗？请公安局督促派出所依法受案，也希望对相关民警的工作作风进行整改。

余先生 13989466031
""", conf="yes", cs="gb18030", label="GB18030", cte="base64", mailer="qq",
  subj="派出所对车辆被盗报案推诿不受理", frm=("余晓辉", "yuxiaohui@qq.example"))

E(105, "macau-resident-social-insurance", "consultation", "HR", """
您好：

本人為澳門居民，持港澳居民居住證，目前受聘於本市一家設計公司，已簽訂勞動合同。

請問：
一、港澳居民在內地就業，是否必須參加本市的養老、醫療等社會保險？公司說可以不交，是否屬實？
二、如果日後回澳門工作，已繳納的養老保險可以退還或者轉移嗎？
三、辦理社保卡需要準備哪些證件？可否用居住證號碼辦理？

謝謝解答。

梁嘉欣
""", cs="utf-8", label="utf-8", cte="8bit", mailer="apple", hant=True,
  subj="港澳居民在本市就業參加社保的問題", frm=("梁嘉欣", "leong.kayan@example.com.mo"))

F(106, "water-bill-spike", "demand", "WATER",
  fid="WF20260929-000913", at="2026-09-29T18:20:16+08:00",
  name="杭建明", phone="13516716683", email="", district="东城区",
  title="水费突然涨了十倍，怀疑水表有问题",
  content="我家两口人，平时每两个月水费六七十块钱，这次账单突然变成了七百四十多元，显示用水量二百多吨。"
          "家里没有漏水，水龙头、马桶都检查过了。去营业厅说要先交钱才能申请校表，校表还要收费。"
          "请水务部门派人来检查水表，在查清楚之前先别让我交这么多钱。户号：0102-338816。")

E(107, "japanese-tourist-access", "information", "TOUR", """
ご担当者様

来月、家族三人で貴市を観光する予定の日本人旅行者です。

・空港から旧市街（古い町並みのエリア）まで、地下鉄で行けますか。所要時間はどのくらいでしょうか。
・古鎮の入場券は外国人でもパスポートでオンライン予約できますか。
・日本語の案内やパンフレットはありますか。

よろしくお願いいたします。

山本 健一
""", lang="other", cs="iso-2022-jp", label="iso-2022-jp", cte="7bit", mailer="apple", tz=9,
  sq="B", subj="観光についての問い合わせ（空港からのアクセスと入場券）",
  frm=("山本 健一", "k.yamamoto@example.ne.jp"))

E(108, "consulting-fee-for-approval", "complaint", "DIC", """
Dear Sir or Madam,

I am the China representative of a European food-packaging company that is building a small
factory in the Economic Development Zone. I am writing with some hesitation.

Our environmental approval has been pending for five months, although our consultants say the
project is low-impact. In August an official from the zone administration, who handles our
file, suggested over dinner that we hire a "consulting firm" recommended by him for RMB 380,000,
after which "everything would go much faster". The firm is registered to a relative of his.
When we declined, our file was returned for "additional materials" for the third time.

Our company has a strict anti-bribery policy and we will not pay. But we also cannot afford
further delays. I have notes of the dinner and the business card of the consulting firm.

Please treat this letter confidentially: we are afraid that our project will be blocked
completely if it becomes known that we reported this.

Respectfully,
(name withheld at the writer's request)
""", lang="en", conf="yes", cs="utf-8", label="utf-8", cte="base64", mailer="outlook",
  subj="Confidential: official asking for a 'consulting fee' to speed up approval",
  frm=("", "china.rep.confidential@example.eu"))

# ===========================================================================
# letters 109-135

E(109, "work-injury-not-reported", "demand", "HR", """
Dear Sir/Madam,

My name is Nguyễn Văn An, I am a Vietnamese engineer working legally (with work permit) at an
electronics factory in the Economic Development Zone. On 2 September my left hand was injured
by a stamping machine at work; I had surgery and lost part of two fingers.

The company paid the first hospital bill but refuses to apply for a work-injury determination.
The HR department says foreigners "are not covered" and offers me 20,000 RMB in cash if I sign a
paper saying the injury happened outside work. I have not signed.

I would like to know how I can apply for work-injury determination myself, and I ask the labour
department to help me. Please do not tell the company that I wrote to you before the
investigation starts – my manager has already said I could lose my job and my permit.

Thank you,
Nguyễn Văn An
Phone: 132 5718 0046
""", lang="en", conf="yes", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="android",
  subj="Work injury – company refuses to report it", frm=("Nguyễn Văn An", "nguyenvanan.vn@example.com"))

E(110, "recycling-bins-english", "suggestion", "URBAN", """
Dear Mayor,

I am Élodie Marchand, a French teacher at the university. I really appreciate the city's
efforts on waste sorting. Foreign residents want to take part too, but it is hard for us:

- the four bins in our residential compound are labelled only in Chinese;
- the leaflets from the neighbourhood committee are also only in Chinese;
- the "sorting app" has no English version.

Could the city add simple English labels and pictograms on the bins, and publish a one-page
sorting guide in English (and maybe in French, Korean, Japanese...)? Many of my colleagues
would be happy to help translate.

Merci beaucoup et bonne journée,
Élodie Marchand
""", lang="en", cs="iso-8859-1", label="ISO-8859-1", cte="8bit", mailer="thunderbird", tz=8,
  sq="Q", subj="Suggestion: English labels on sorting bins",
  frm=("Élodie Marchand", "elodie.marchand@example.fr"))

E(111, "convert-driving-licence", "consultation", "PSB", """
Good afternoon,

I have a valid UK driving licence and a one-year residence permit. Can I convert my licence to a
Chinese one without taking the full driving test? I've heard there is a theory test in English
– is that still available, and which vehicle administration office should I go to? Do I need a
certified translation of my licence and a medical check first?

Kind regards,
Oliver Grant
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", mailer="apple",
  subj="Converting a UK driving licence", frm=("Oliver Grant", "oliver.grant@example.co.uk"))

E(112, "fire-check-small-cafe", "consultation", "EMERG", """
Hi,

We are renovating a small bar (about 120 m2, 50 seats) on the second floor of a commercial
building in the Old Town. Does a place this size need a fire safety inspection before opening,
or is a self-declaration enough? Which office do we contact, and what are the usual requirements
for emergency exits, lighting and extinguishers?

Best,
Daniel Kowalski
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="webmail",
  subj="Fire safety inspection for a small bar", frm=("Daniel Kowalski", "d.kowalski.bar@example.com"))

E(113, "donate-to-flood-relief", "information", "CIVIL", """
Hello,

Our expat community group raised about 35,000 RMB at a charity bazaar and we would like to
donate it to the families affected by the floods in the western counties. Which official
charity channels accept donations from foreigners, and can we get a receipt? We would prefer a
channel where we can see how the money is used.

Thank you!
Hannah & the International Women's Club
""", lang="en", cs="utf-8", label="utf-8", cte="base64", st="alt", mailer="webmail",
  subj="How to donate to flood relief", frm=("Hannah Schmidt", "iwc.charity@example.org"))

E(114, "taxi-overcharge-airport", "demand", "TRANS", """
Dear Sir/Madam,

On 27 September I took a taxi from the airport to my hotel in the Old Town. The driver refused to
use the meter and demanded 260 RMB at the end of the trip – about €33, twice what the hotel told
me the normal fare is. When I refused, he locked the doors until I paid. I have the licence
plate (ending in 7Q) and the time I took the car (21:40, taxi rank at Terminal 2).

I would like the Transport Bureau to investigate the driver and, if possible, help me get back
the difference.

Sincerely,
Renée Dubois
""", lang="en", cs="windows-1252", label="windows-1252", cte="quoted-printable", mailer="outlook",
  tz=8, sq="Q", subj="Taxi driver refused to use the meter and overcharged me",
  frm=("Renée Dubois", "renee.dubois@example.be"))

E(115, "international-school-places", "suggestion", "EDU", """
Dear Mayor,

As the number of foreign engineers in the High-Tech Zone grows, finding a school place has
become the main reason why families hesitate to move here. The only international school has
a waiting list of over a year, and public schools are not an option for children who do not
speak Chinese.

Suggestions:
1. support the opening of a second international school, or an international department at a
   public school in the zone;
2. offer Chinese-language bridging classes so that foreign children can join public schools
   after a year;
3. publish clear information in English on how foreign children can enrol.

Good schools will help the city attract and keep talent.

Best regards,
Sarah Mitchell
Parent representative, Gaoxin Expat Families Association
""", lang="en", cs="utf-8", label="utf-8", cte="base64", st="html", mailer="apple",
  subj="Suggestion on school places for foreign children",
  frm=("Sarah Mitchell", "sarah.mitchell@example.com"))

E(116, "towing-cash-no-receipt", "complaint", "DIC", """
To the Mayor's Office,

On Saturday my car was towed from a street in Binjiang where there were no "no parking" signs.
When I went to the pound, the staff in uniform said the official fine and towing fee would take
"a long time to process" and that I could pay 800 RMB in cash to them directly to take the car
immediately. There was no receipt and no ticket. Two other drivers at the pound were told the
same thing and paid.

I believe this money does not go to the government. I prefer that my name is not shared with
the towing staff, as my car is registered to my home address.

Regards,
A resident of Binjiang
""", lang="en", conf="yes", cs="utf-8", label="utf-8", cte="7bit", mailer="phone",
  subj="Cash demanded at the car pound without receipt", frm=("", "binjiang.resident@example.com"))

E(117, "exit-entry-office-hours", "information", "PSB", """
What are the opening hours of the Exit-Entry service hall during the National Day holiday?
Is it open on Saturdays? Thank you.
""", lang="en", cs="us-ascii", label="us-ascii", cte="7bit", mailer="phone",
  when=(2026, 9, 24, 11, 3, 27), subj="Exit-Entry office hours", frm=("Ahmed Hassan", "ahmed.hassan@example.com"))

E(118, "fwd-chamber-member-feedback", "suggestion", "COMMERCE", """
Dear Mayor's Office,

Please find below a message from one of our member companies, forwarded with their permission.
The points reflect what we hear from many members, and we would welcome the opportunity to
discuss them at the next government-business roundtable.

Best regards,
Claire Dupont
Executive Director, European Business Association (city chapter)
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="fwd", mailer="outlook",
  fwd_name="Member feedback - visas and payments.eml",
  inner=dict(n=118, frm=("Stefan Keller", "s.keller@keller-automation.example"), cs="utf-8",
             cte="quoted-printable", mailer="outlook", when=(2026, 10, 8, 17, 5, 0),
             to="info@eba-city.example", subj="Feedback for the roundtable",
             body="""
Dear Claire,

For the roundtable, three practical issues from our side:

1. Business visas for our engineers coming for short installation jobs still take too long.
   A fast-track invitation letter from the zone would help a lot.
2. Our foreign staff cannot pay for many city services (parking, hospital registration) with
   foreign bank cards. Cash is often refused.
3. It would be very helpful to have one English-speaking contact in the zone who can answer
   questions about customs, taxes and permits.

Thanks for passing this on.

Stefan Keller
Keller Automation (China)
""".strip("\n") + "\n"),
  subj="Fwd: Feedback for the roundtable", frm=("Claire Dupont", "claire.dupont@eba-city.example"))

E(119, "reply-bar-noise-still", "demand", "ECO", """
Hello,

Thank you for your reply, but the noise has not stopped. Last night (Friday) the bar below
us played loud music with heavy bass until 2:40 am again. I recorded it on my phone – about
70 dB in our bedroom with the windows closed. The police came once at midnight, the music was
turned down for 20 minutes and then up again.

Could someone please come at night, measure the noise and make the bar install sound insulation?
We have a baby and we have not slept properly for weeks.

Best regards,
Lena Hoffmann
Building 2, 17 Nanshan Road

On Mon, 5 Oct 2026 at 14:10, Mayor's Mailbox <12345@city.example> wrote:
> Dear Ms Hoffmann,
> Thank you for your letter about the noise from the bar on Nanshan Road. Your case
> (No. 12345-20260929-01877) has been passed to the Ecology and Environment Bureau and the
> local sub-district office, who will contact the business.
> Mayor's Mailbox Office
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="alt", mailer="webmail",
  when=(2026, 10, 10, 9, 12, 30), in_reply_to="<20261005141002.01877@city.example>",
  references=["<CAb7Hq0mLena2026092901@mail.gmail.example>", "<20261005141002.01877@city.example>"],
  to="12345@city.example", to_name="Mayor's Mailbox",
  subj="Re: Your letter about noise from a bar on Nanshan Road",
  frm=("Lena Hoffmann", "lena.hoffmann.hz@gmail.example"))

E(120, "company-registration-time", "consultation", "MARKET", """
Hello,

I am a Singaporean and want to register a small consulting company (a foreign-invested limited
liability company with one shareholder). How long does the business registration take, what
is the minimum registered capital, and can the company's registered address be a shared office
/ co-working space?

Thank you,
Wei Ling Tan
""", lang="en", cs="utf-8", label="utf-8", cte="base64", mailer="webmail",
  subj="Registering a foreign-invested company – timing and address",
  frm=("Tan Wei Ling", "weiling.tan@example.com.sg"))

E(121, "scenic-sign-translation", "suggestion", "TOUR", """
Dear Mayor's Office,

I visited the Jade Mountain scenic area last weekend and loved it. But several English signs
are wrong or confusing. The one in the photo below says "Carefully slide" (meaning "slippery
road"), another says "Do not disturb the tourists to fall", and the map at the cable car points
visitors to "Toilet and Ladies".

Could the Culture and Tourism Bureau ask the scenic area to review the English signs, perhaps
with help from the foreign teachers at the university? I would gladly volunteer.

Best wishes,
Fiona Campbell
""", lang="en", cs="utf-8", label="utf-8", cte="quoted-printable", st="related", mailer="apple",
  inline={"filename": "sign.png", "cid": "sign-photo-0001@example.com",
          "data": make_png(24, 16, (30, 110, 60))},
  html="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body>
<div>Dear Mayor's Office,</div><div><br></div>
<div>I visited the Jade Mountain scenic area last weekend and loved it. But several English signs
are wrong or confusing. The one in the photo below says &quot;Carefully slide&quot; (meaning &quot;slippery
road&quot;), another says &quot;Do not disturb the tourists to fall&quot;, and the map at the cable car points
visitors to &quot;Toilet and Ladies&quot;.</div><div><br></div>
<div><img src="cid:sign-photo-0001@example.com" alt="sign" width="240"></div><div><br></div>
<div>Could the Culture and Tourism Bureau ask the scenic area to review the English signs, perhaps
with help from the foreign teachers at the university? I would gladly volunteer.</div><div><br></div>
<div>Best wishes,</div><div>Fiona Campbell</div>
</body></html>
""", subj="English signs at Jade Mountain scenic area",
  frm=("Fiona Campbell", "fiona.campbell@example.co.uk"))

E(122, "shared-parking-app", "suggestion", "TRANS", """
Hi,

Parking near the hospitals and schools is a nightmare, but office car parks a few hundred metres
away are half empty in the evening and at weekends. Why not a city parking app that shows free
spaces in public and private car parks in real time and lets offices rent out spaces after
hours? Shenzhen-style "shared parking" would reduce cars circling around and illegal parking.

Just an idea from a daily driver.
Jae-won Park
""", lang="en", cs="utf-8", label="utf-8", cte="base64", mailer="android",
  subj="Idea: shared parking app", frm=("Park Jae-won", "jaewon.park@example.co.kr"))

E(123, "construction-permit-steps", "consultation", "APPROVAL", """
您好！

我公司“𠮷祥建材有限公司”（𠮷字为上土下口）拟在高新区自有工业用地上新建一栋三层仓库，建筑面积约四千平方米。想咨询：

1. 办理建筑工程施工许可证需要哪些前置手续？是否需要先办建设工程规划许可证？
2. 这类小型仓库项目能否适用“告知承诺制”？
3. 办理窗口在市民中心还是高新区政务服务中心？全部流程大概需要多少个工作日？

另，我们的公司名称中“𠮷”字在部分网上办事系统里无法输入，只能显示成“吉”，是否会影响审批？

谢谢！
𠮷祥建材 行政部 邱女士
""", cs="gb18030", label="gb18030", cte="base64", mailer="foxmail",
  subj="咨询仓库新建项目施工许可办理流程", frm=("𠮷祥建材 邱女士", "qiu@jixiang-jc.example"))

E(124, "household-registry-staff-difficult", "complaint", "PSB", """
您好：

本人是台灣配偶，嫁到本市已經八年，持有居住證。上週四到老城區戶政窗口辦理孩子的戶口相關證明，窗口的一位男性工作人員一直說我的材料「不對」，但是又說不出哪裡不對，叫我回去等通知。我請他寫下需要補充的材料，他說「我們不負責寫」。

之後我同樣的材料在另一個窗口十分鐘就辦好了。

希望相關部門能加強窗口人員的服務培訓，對我們這些外地來的人也能一視同仁、一次講清楚。

謝謝！
蔡佩玲
""", conf="yes", cs="big5", label="big5", cte="base64", mailer="outlook", hant=True, quote_from=True,
  subj="反映戶政窗口工作人員刁難辦事群眾", frm=("蔡佩玲", "tsai.peiling@example.com.tw"))

E(125, "airport-to-highspeed-rail", "information", "TRANS", """
請問從機場到高鐵東站有沒有直達的巴士或地鐵？末班車幾點？坐計程車大概多少錢？

謝謝！
""", cs="big5", label="big5", cte="quoted-printable", mailer="phone", hant=True,
  subj="機場到高鐵站的交通", frm=("", "lee.chunhao@example.com.tw"))

E(126, "fwd-taiwan-firm-customs", "demand", "COMMERCE", """
市長信箱您好：

轉寄本公司廠務經理的信件如下。本公司為台資企業，設於經濟開發區，目前因進口設備通關與電力增容兩件事延誤，懇請市府協助協調。

明峰機械　林志明
""", cs="big5", label="big5", cte="base64", st="fwd", mailer="outlook", hant=True,
  inner=dict(n=126, frm=("吳建宏", "wu.jh@example.com.tw"), cs="big5", cte="base64",
             mailer="outlook", when=(2026, 10, 12, 18, 20, 0), to="chihming.lin@example.com.tw",
             subj="開發區工廠進度報告",
             body="""
林董您好：

開發區新廠目前遇到兩個問題：

一、從台灣進口的兩台數控機床已到港三週，海關要求補充技術說明文件，我們已補交兩次，仍未放行，每天產生滯港費。
二、工廠申請的電力增容（由630kVA增至1600kVA），供電公司說要等開發區統一規劃的變電站完工，時間未定。

如果十一月底前無法解決，原定的試產計畫將全部延後，客戶訂單恐怕會流失。建議請市府招商部門協助協調。

吳建宏　敬上
""".strip("\n") + "\n"),
  subj="Fwd: 開發區工廠進度報告（懇請協調進口設備通關及電力增容）",
  frm=("林志明", "chihming.lin@example.com.tw"))

F(127, "night-tour-river-cruise", "suggestion", "TOUR", hant=True,
  fid="WF20261014-000129", at="2026-10-14T21:02:45+08:00",
  name="鄭欣怡", phone="", email="xinyi.cheng@example.com.hk", district="滨江区",
  title="建議開發夜遊江景航線",
  content="貴市的江景非常漂亮，但晚上除了江邊散步幾乎沒有其他活動。建議參考香港、上海的經驗，開發夜遊江景的觀光船航線，"
          "配合兩岸建築燈光秀，並在碼頭附近規劃餐飲和夜市。這樣不但能吸引遊客多住一晚，也能帶動周邊商業。")

F(128, "bus-line-new-district", "suggestion", "TRANS",
  fid="WF20261015-000451", at="2026-10-15T07:31:19+08:00",
  name="包文静", phone="18157138826", email="", district="高新区",
  title="建议开通新城到老城区的直达公交",
  content="我们小区在高新区未来城，去年交房，现在已经住了两千多户。每天去老城区上班要先坐接驳车到地铁站，"
          "再换乘两次，单程一个半小时。建议开通一条未来城到老城区的早晚高峰直达快线，"
          "或者增加接驳车的班次，早上七点到八点半能不能十分钟一班？",
  json_style="compact")

F(129, "illegal-structures-rooftop", "suggestion", "URBAN", conf="yes",
  fid="WF20261015-000702", at="2026-10-15T22:48:57+08:00",
  name="", phone="", email="", anon=True, district="东城区",
  title="建议加强老小区楼顶违建的日常巡查",
  content="现在很多老小区顶楼住户在楼顶加盖阳光房、搭棚子，有的还在上面养鸽子、种菜，既影响楼体安全，又容易漏水、引发火灾。"
          "住户之间碍于情面不好说。建议城管和街道建立定期巡查机制，利用无人机航拍排查，发现一处拆除一处，"
          "新建的违建在萌芽阶段就制止。", json_style="ascii")

F(130, "online-service-rejected-repeatedly", "complaint", "APPROVAL",
  fid="WF20261016-000088", at="2026-10-16T09:57:30+08:00",
  name="阎振华", phone="13362159047", email="yanzhenhua@163.example", district="老城区",
  title="网上办事系统反复退件，理由每次都不一样",
  content="我在政务服务网上申请道路运输经营许可，前后提交了四次，每次都被退回，第一次说营业执照复印件不清晰，"
          "第二次说车辆照片角度不对，第三次说要补充安全管理制度，第四次又说申请表版本不对。"
          "为什么不能一次性告诉我所有问题？一个月了事情还没办成，耽误了生意。请审批部门改进，落实一次性告知。")

E(131, "small-workshop-eia", "consultation", "ECO", """
您好，

我准备在高新区工业园租一个三百平米的厂房，做实木家具的小批量加工，有开料、打磨，不做喷漆。

请问：
这种小作坊需要做环境影响评价吗？是做报告表还是登记表就可以？
打磨的粉尘需要配什么处理设备？
办完环评还需要办排污许可吗？

谢谢！

鲁国强
木匠坊家具工作室
手机：15958114263
""", cs="utf-8", label="utf-8", cte="8bit", st="alt", mailer="thunderbird",
  subj="小型木制品加工作坊要不要做环评？", frm=("鲁国强", "luguoqiang@example.cn"))

E(132, "well-water-permit", "consultation", "WATER", """
水务局领导：

我们是一家食品加工企业（滨江区浦沿街道），厂区有一口自备井，原来的取水许可证明年三月到期。

请问：
一、延续取水许可需要提前多久申请？
二、要不要重新提交水资源论证报告？
三、现在是不是要求安装取水在线计量设施？费用由谁承担？

盼复。

浙沅食品有限公司 设备科 严立新
电话：13805815530
""", cs="gbk", label="gbk", cte="base64", mailer="outlook",
  subj="咨询企业自备井取水许可延续办理", frm=("严立新", "yanlixin@qq.example"))

F(133, "labour-inspector-favours-boss", "complaint", "DIC", conf="yes",
  fid="WF20261019-000046", at="2026-10-19T00:12:44+08:00",
  name=None, phone=None, email=None, anon=True, district="高新区",
  title="劳动监察大队工作人员收了老板好处，帮老板压我们",
  content="我们是高新区一家电子厂的工人，工厂拖欠加班费和高温补贴，我们去劳动监察大队投诉了三次。"
          "负责的工作人员每次都说“企业有困难，你们再等等”，后来我们看见他和老板在厂里食堂吃饭，"
          "车间主任也说“监察的人早就打点好了”。上周他直接让我们签一个放弃加班费的协议，说不签就什么都拿不到。"
          "我们怀疑他收了老板的好处。请纪委调查这个工作人员。我们不敢留名，怕被厂里开除。")

E(134, "facade-tiles-falling", "demand", "HOUSING", """
紧急反映：

东城区新华路156号“华联大厦”外墙瓷砖最近经常脱落。今天上午十点左右，一块巴掌大的瓷砖从十几层掉下来，砸在楼下公交站台的顶棚上，把顶棚砸了一个洞，碎片溅到了等车的人，一位阿姨手臂被划伤。

这栋楼是九十年代的老楼，外墙瓷砖大面积空鼓，物业只在楼下拉了一条警戒线，公交站照样有人等车。

请住建部门马上组织排查，要求业主单位尽快对外墙进行安全处理，公交站台能不能先临时挪一挪？

市民 尹志刚 13105716672
""", prio="high", cs="gb2312", label="gb2312", hdr_cs="gb2312", cte="base64", mailer="none", sq="raw",
  subj="华联大厦外墙瓷砖脱落砸伤路人", frm=("尹志刚", "yinzhigang@163.example"))

E(135, "ambulance-late", "complaint", "HEALTH", """
市长您好：

10月20日凌晨一点多，我父亲在家突发胸痛，我们拨打120后，接线员问了很多问题，前后五分钟才派车。救护车四十多分钟才到，我们家离市急救中心滨江分站只有四公里。救护车到了以后，随车人员说“车刚从别的地方回来，路上又堵”。

到医院后医生说是急性心梗，再晚一点就危险了。

我理解急救资源紧张，但是深夜四公里的路程要四十多分钟，实在说不过去。请卫健委查一查当晚的调度记录，看看问题出在哪里，也希望能增加夜间急救车辆和人员。

患者家属 窦丽萍
""", cs="utf-8", label="", hdr_cs="utf-8", cte="8bit", mailer="android",
  subj="反映120急救车深夜四十多分钟才到", frm=("窦丽萍", "doulp@163.example"))

# ---------------------------------------------------------------------------
# writing and checking

def form_object(r):
    obj = {
        "id": r["fid"],
        "submitted_at": r["at"],
        "name": r.get("name", ""),
        "phone": r.get("phone", ""),
        "email": r.get("email", ""),
        "anonymous": r.get("anon", False),
        "title": r["title"],
        "content": r["content"],
        "district": r.get("district", ""),
    }
    if r.get("atts"):
        obj["attachments"] = [{"filename": a["filename"], "content_type": a["ct"],
                               "data": base64.b64encode(a["data"]).decode()} for a in r["atts"]]
    return obj


def form_bytes(r):
    obj = form_object(r)
    style = r.get("json_style", "indent")
    if style == "ascii":
        s = json.dumps(obj, ensure_ascii=True, indent=2)
    elif style == "compact":
        s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    else:
        s = json.dumps(obj, ensure_ascii=False, indent=2)
    return (s + "\n").encode("utf-8")


def file_name(r):
    return "%03d-%s.%s" % (r["n"], r["slug"], "eml" if r["kind"] == "eml" else "json")


def true_encoding(r):
    return "utf-8" if r["kind"] == "form" else r["cs"].lower()


def html_to_text(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?is)<!--.*?-->", " ", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def squash(s):
    return re.sub(r"[\s\u00a0\u3000]+", "", s)


def check_eml(r, data):
    problems = []
    if data.count(b"\n") != data.count(b"\r\n"):
        problems.append("bare LF")
    msg = email.message_from_bytes(data, policy=email.policy.default)
    expected = [r["body"]] + ([r["inner"]["body"]] if r.get("inner") else [])
    charsets = [r["cs"]] + ([r["inner"]["cs"]] if r.get("inner") else [])
    texts = []
    names = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        for d in part.defects:
            problems.append("defect %s" % type(d).__name__)
        fn = part.get_filename()
        if fn:
            names.append(fn)
            continue
        if part.get_content_maintype() != "text":
            continue
        raw = part.get_payload(decode=True)
        for cs in charsets:
            try:
                t = raw.decode(codec(cs))
                break
            except UnicodeDecodeError:
                continue
        else:
            problems.append("undecodable part")
            continue
        texts.append(html_to_text(t) if part.get_content_subtype() == "html" else t)
    for d in msg.defects:
        problems.append("defect %s" % type(d).__name__)
    got = squash("\n".join(texts))
    for body in expected:
        for line in body.split("\n"):
            if squash(line) and squash(line) not in got:
                problems.append("text missing: %r" % line[:40])
                break
    want_names = [a["filename"] for a in r.get("atts", [])]
    if r.get("inline"):
        want_names.append(r["inline"]["filename"])
    if sorted(want_names) != sorted(names):
        problems.append("attachment names %r != %r" % (names, want_names))
    if r.get("sq") != "raw" and not r.get("hdr_label"):
        if str(msg["subject"]) != r["subj"]:
            problems.append("subject %r" % str(msg["subject"]))
    name = r["frm"][0]
    if name and not r.get("quote_from") and not r.get("hdr_label") and msg["from"].addresses[0].display_name != name:
        problems.append("from %r" % msg["from"].addresses[0].display_name)
    if msg["from"].addresses[0].addr_spec != r["frm"][1]:
        problems.append("from address")
    if msg["date"].datetime is None:
        problems.append("date")
    return problems


def check_form(r, data):
    obj = json.loads(data.decode("utf-8"))
    problems = []
    for k in ("id", "submitted_at", "name", "phone", "email", "anonymous", "title",
              "content", "district"):
        if k not in obj:
            problems.append("missing " + k)
    datetime.datetime.fromisoformat(obj["submitted_at"])
    if obj["anonymous"] and (obj["name"] or obj["phone"] or obj["email"]):
        problems.append("anonymous with identity")
    for a in obj.get("attachments", []):
        base64.b64decode(a["data"], validate=True)
    if not squash(html_to_text(obj["content"])):
        problems.append("empty content")
    return problems


def validate_labels(r):
    assert r["cat"] in CATEGORIES, r["slug"]
    assert r["conf"] in ("yes", "no"), r["slug"]
    assert r["prio"] in ("normal", "high"), r["slug"]
    assert r["lang"] in ("zh", "en", "other"), r["slug"]
    assert re.fullmatch(r"[a-z0-9-]+", r["slug"]), r["slug"]


def main():
    nums = [r["n"] for r in LETTERS]
    assert nums == list(range(1, len(LETTERS) + 1)), "letters must be numbered 1..N in order"
    os.makedirs(OUT, exist_ok=True)
    wanted = set()
    rows = ["path\tcategory\tconfidential\tdepartment\tpriority\tlanguage\tencoding"]
    failures = 0
    for r in LETTERS:
        validate_labels(r)
        fn = file_name(r)
        wanted.add(fn)
        key = "%03d-%s" % (r["n"], r["slug"])
        if r["kind"] == "eml":
            try:
                data = build_message(r, key)
            except Exception:
                print("while building %s:" % key, file=sys.stderr)
                raise
            problems = check_eml(r, data)
        else:
            data = form_bytes(r)
            problems = check_form(r, data)
        with open(os.path.join(OUT, fn), "wb") as f:
            f.write(data)
        if problems:
            failures += 1
            print("%s: %s" % (fn, "; ".join(problems)), file=sys.stderr)
        rows.append("\t".join(["letters/" + fn, r["cat"], r["conf"], r["dept"], r["prio"],
                               r["lang"], true_encoding(r)]))
    for old in os.listdir(OUT):
        if old not in wanted:
            os.remove(os.path.join(OUT, old))
    with open(os.path.join(DATA, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print_distribution()
    if failures:
        print("%d letters failed their checks" % failures, file=sys.stderr)
        return 1
    return 0


def print_distribution():
    from collections import Counter

    def table(title, counter):
        print("\n%s" % title)
        for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-45s %3d" % (k or "(none)", v))

    print("letters: %d (e-mail %d, web form %d)" % (
        len(LETTERS), sum(r["kind"] == "eml" for r in LETTERS),
        sum(r["kind"] == "form" for r in LETTERS)))
    table("category", Counter(r["cat"] for r in LETTERS))
    table("category x kind", Counter("%s/%s" % (r["cat"], r["kind"]) for r in LETTERS))
    table("language", Counter(r["lang"] + ("-Hant" if r.get("hant") else "") for r in LETTERS))
    table("encoding", Counter(true_encoding(r) for r in LETTERS))
    table("confidential", Counter(r["conf"] for r in LETTERS))
    table("priority", Counter(r["prio"] for r in LETTERS))
    table("department", Counter(r["dept"] for r in LETTERS))
    table("structure (e-mail)", Counter(r.get("st", "plain") for r in LETTERS if r["kind"] == "eml"))
    table("transfer encoding (e-mail)", Counter(r.get("cte", "base64") for r in LETTERS if r["kind"] == "eml"))
    table("charset label differs from true encoding",
          Counter("%s labelled %r" % (r["cs"], r["label"]) for r in LETTERS
                  if r["kind"] == "eml" and "label" in r and r["label"].lower() != r["cs"].lower()))


if __name__ == "__main__":
    sys.exit(main())
