cd /work/main/tests/data/gen && cat _builder.py _r*.py _main.py > make_letters.py && cd /work/main && python3 tests/data/gen/make_letters.py
