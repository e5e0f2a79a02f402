#!/usr/bin/env python3
"""Regenerate the whole corpus: python3 tools/build.py"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
for d in ('bounces', 'not-failures', 'automatic', 'autoreplies', 'replies'):
    shutil.rmtree(os.path.join(common.OUT, d), ignore_errors=True)
import bounces1, bounces2, bounces3
mods = [bounces1, bounces2, bounces3]
for name in ('notfailures', 'automatic', 'autoreplies', 'replies'):
    if os.path.exists(os.path.join(os.path.dirname(__file__), name + '.py')):
        mods.append(__import__(name))
for m in mods:
    m.gen()
common.write_manifest()
from collections import Counter
print(Counter(r[1] for r in common.MANIFEST))
