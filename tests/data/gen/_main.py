
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
    if sorted(want_names) != sorted(names):
        problems.append("attachment names %r != %r" % (names, want_names))
    if r.get("sq") != "raw" and not r.get("skip_subject_check"):
        if str(msg["subject"]) != r["subj"]:
            problems.append("subject %r" % str(msg["subject"]))
    name = r["frm"][0]
    if name and not r.get("quote_from") and msg["from"].addresses[0].display_name != name:
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
