"""Sphinx configuration: the user guide (Markdown, MyST), the benchmark tables (included from
benchmarks/README.md) and the API reference (autodoc with napoleon for the Google-style docstrings).

Build: python -m sphinx -W --keep-going -b html docs docs/_build/html
"""

import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
sys.path.insert(0, ROOT)          # document this checkout, not an installed copy

import pyscf_ferminet  # noqa: E402

project = 'pyscf_ferminet'
author = 'pyscf_ferminet contributors'
copyright = 'pyscf_ferminet contributors'
release = pyscf_ferminet.__version__
version = release

extensions = [
    'sphinx.ext.autodoc',
    'sphinx.ext.napoleon',
    'sphinx.ext.mathjax',
    'myst_parser',
]
source_suffix = {'.rst': 'restructuredtext', '.md': 'markdown'}
exclude_patterns = ['_build']
myst_heading_anchors = 3

autodoc_default_options = {'members': True, 'show-inheritance': False}
autodoc_member_order = 'bysource'
autodoc_typehints = 'description'
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# Single backticks in the docstrings mark code, as in Markdown.
default_role = 'code'

html_theme = 'alabaster'
html_title = f'pyscf_ferminet {release}'


# ---- docstrings ---------------------------------------------------------------------------------
# The package's docstrings are written to be read as plain text in a terminal (`help()`): shapes,
# |r - R| for norms, a*b for products, indented formulas. Two steps make them valid reStructuredText
# without changing them: before napoleon, `|` and `*` outside `code` spans are escaped; after napoleon,
# a docstring that docutils still reports problems with is shown verbatim as a literal block, so the
# build stays free of warnings and nothing in the text is lost. DOCS_REPORT_VERBATIM=1 lists those
# docstrings on stderr.

import inspect  # noqa: E402
import re  # noqa: E402

import docutils.core  # noqa: E402
import docutils.utils  # noqa: E402

_CODE_SPAN = re.compile(r'(``.*?``|`[^`]*`)')
_SPHINX_ONLY = ('Unknown interpreted text role', 'Unknown directive type', 'No role entry',
                'No directive entry', 'Trying "', 'Error in "attribute" directive',
                'Error in "method" directive', 'Error in "rubric" directive')


def _escape(line):
    parts = _CODE_SPAN.split(line)
    for i in range(0, len(parts), 2):           # even parts are outside code spans
        parts[i] = parts[i].replace('\\', '\\\\').replace('|', r'\|').replace('*', r'\*')
    return ''.join(parts)


def _escape_docstring(app, what, name, obj, options, lines):
    lines[:] = [_escape(line) for line in lines]


_DIRECTIVE = re.compile(r'^(\s*)\.\. [\w:-]+::.*$')
_ROLE = re.compile(r':[\w:.-]+:(?=`)')


def _problems(rst):
    # Sphinx's own directives and roles need a Sphinx environment: check their content as plain text.
    rst = '\n'.join(_DIRECTIVE.sub(r'\1', _ROLE.sub('', line)) for line in rst.splitlines())
    settings = {'report_level': docutils.utils.Reporter.WARNING_LEVEL, 'halt_level': 5,
                'warning_stream': False, 'file_insertion_enabled': False, 'raw_enabled': False}
    doctree = docutils.core.publish_doctree(rst, settings_overrides=settings)
    messages = [m for m in doctree.findall(lambda n: n.tagname == 'system_message')
                if m['level'] >= docutils.utils.Reporter.WARNING_LEVEL]
    return [m for m in messages if not any(s in m.astext() for s in _SPHINX_ONLY)]


def _verbatim_if_invalid(app, what, name, obj, options, lines):
    try:
        if not lines or not _problems('\n'.join(lines)):
            return
    except Exception:       # anything docutils cannot parse alone is shown verbatim too
        pass
    doc = (inspect.getdoc(obj) or '').splitlines()
    lines[:] = ['::', ''] + ['    ' + line for line in doc] + [''] if doc else []
    if os.environ.get('DOCS_REPORT_VERBATIM'):
        print(f'docstring shown verbatim: {name}', file=sys.stderr)


def setup(app):
    app.connect('autodoc-process-docstring', _escape_docstring, priority=400)
    app.connect('autodoc-process-docstring', _verbatim_if_invalid, priority=600)
