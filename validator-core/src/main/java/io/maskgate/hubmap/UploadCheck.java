package io.maskgate.hubmap;

import io.maskgate.rules.FindingSink;

/** A rule over the upload as a whole: metadata references against the files present. */
public interface UploadCheck {
    void check(UploadModel upload, FindingSink sink);
}
