package io.maskgate.validation;

import io.maskgate.storage.KeyKind;
import io.maskgate.storage.LocalStorage;
import io.maskgate.storage.MemoryStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetTest {

    @TempDir
    Path tmp;

    @Test
    void aLocalTargetIsNamedAsGivenAndReadsItsFolder() throws IOException {
        Path store = Files.createDirectories(tmp.resolve("masks.zarr"));
        Files.writeString(store.resolve("zarr.json"), "{}");
        Path given = tmp.resolve("masks.zarr/./");
        Target t = Target.local(given);
        assertEquals(given.toString(), t.name());
        assertTrue(t.isLocal());
        assertEquals(given, t.localPath());
        assertEquals("masks.zarr", t.baseName());
        assertEquals(KeyKind.FILE, t.storage().kind("zarr.json"));
        assertEquals(((LocalStorage) t.storage()).root(), given);
    }

    @Test
    void aTargetBeyondTheFileSystemHasNoPath() {
        Target t = Target.of("s3://bucket/runs/masks.zarr/", new MemoryStorage("memory:masks"));
        assertFalse(t.isLocal());
        assertEquals("masks.zarr", t.baseName());
        assertEquals("masks.zarr", Target.of("masks.zarr", new MemoryStorage("m")).baseName());
    }

    @Test
    void localValidatorsTakeOnlyLocalTargets() {
        List<Path> seen = new ArrayList<>();
        LocalTargetValidator v = new LocalTargetValidator() {
            @Override
            public String kind() {
                return "local-only";
            }

            @Override
            public boolean accepts(Path path) {
                return true;
            }

            @Override
            public void validate(Path path, ValidationContext context) {
                seen.add(path);
            }
        };
        Target remote = Target.of("memory:x", new MemoryStorage("memory:x"));
        assertFalse(v.accepts(remote));
        assertThrows(IllegalArgumentException.class, () -> v.validate(remote, null));
        Target local = Target.local(tmp);
        assertTrue(v.accepts(local));
        v.validate(local, null);
        assertEquals(List.of(tmp), seen);
    }
}
