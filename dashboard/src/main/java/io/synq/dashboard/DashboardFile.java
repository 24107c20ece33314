package io.synq.dashboard;

/**
 * One answer of the dashboard: the bytes (shared between answers: write them, never change them),
 * their media type and how long a browser may keep them.
 */
public record DashboardFile(byte[] content, String contentType, String cacheControl) {}
