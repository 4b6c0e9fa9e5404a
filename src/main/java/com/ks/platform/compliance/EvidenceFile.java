package com.ks.platform.compliance;

/** A file as uploaded: the name is only for display; what it is comes from its bytes. */
public record EvidenceFile(String fileName, byte[] content) {}
