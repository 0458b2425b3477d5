"""Rule-based extraction from the text of industrial planning documents.

The rules describe the genre, not particular documents: how Chinese plans,
work reports and policy news write chains (separated steps, 、-lists the text
calls a chain, A制B routes), enterprise lists (…等龙头企业, 以…为龙头, legal
names, the owner in front of a project, partners of 与…签订 and 进入…供应链,
labelled lines and tables of firms), project lists (…等项目 with the
verbs and stage words around them), park names (place or theme plus a park
type, sub-parks, coordinated names), indicator sentences and target tables,
attraction (招引) lists and the department blocks that close each task.
Every rule is stated in a comment where it is applied.  Every record carries
the span of the cleaned text it came from, the sentence and a confidence.

Examples
--------
>>> from chainatlas.loaders.text import extract_text
>>> x = extract_text("围绕硅产业，形成“工业硅—多晶硅—拉晶切片”的产业链。", doc_id="t")
>>> [c["links"] for c in x.chains]
[['工业硅', '多晶硅', '拉晶切片']]
>>> x = extract_text("年内建成青岭硅业10万吨多晶硅二期、恒拓共享储能等项目。", doc_id="t")
>>> [(p["enterprise"], p["products"][0]["name"]) for p in x.projects]
[('青岭硅业', '多晶硅'), ('恒拓', '共享储能')]
"""

from chainatlas.loaders.records import Extraction

from chainatlas.loaders.extract.lexicon import normalise_product
from chainatlas.loaders.extract.chains import parse_chain
from chainatlas.loaders.extract.projects import CAPACITY, capacity_products, parse_project_item
from chainatlas.loaders.extract.core import _Extractor

__all__ = ["extract_text", "parse_chain", "parse_project_item", "normalise_product", "capacity_products", "CAPACITY"]


def extract_text(raw: str, doc_id: str, title=None) -> Extraction:
    """Extract chains, enterprises, parks, projects, regions, departments,
    industries, targets and wanted links from the text of one document.

    Parameters
    ----------
    raw : str
        The document's text as read (it is cleaned here).
    doc_id : str
        The id evidence will name.
    title : str, optional
        A display title; the first line of the text by default.

    Returns
    -------
    Extraction
    """
    return _Extractor(raw, doc_id, title).run()
