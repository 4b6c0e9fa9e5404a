package com.ks.platform.support.knowledge;

/** An article was added, edited, published or unpublished: the search index follows after the commit. */
record KnowledgeChanged() {}
