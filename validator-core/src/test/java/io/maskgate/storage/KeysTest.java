package io.maskgate.storage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeysTest {

    @Test
    void parentAndJoinWorkOnSlashSeparatedKeys() {
        assertEquals("data", Keys.parent("data/zarr.json"));
        assertEquals("data/c/0", Keys.parent("data/c/0/1"));
        assertEquals("", Keys.parent("zarr.json"));
        assertEquals("data/.zarray", Keys.join(Keys.parent("data/zarr.json"), ".zarray"));
        assertEquals(".zarray", Keys.join(Keys.parent("zarr.json"), ".zarray"));
        assertEquals("data", Keys.join("data", ""));
        assertEquals("", Keys.join("", ""));
    }

    @Test
    void checkPassesInsideKeysAndNamesTheBadOnes() {
        assertEquals("", Keys.check(""));
        assertEquals("c/0/1.0/..x/x..", Keys.check("c/0/1.0/..x/x.."));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Keys.check("a/../b"));
        assertTrue(e.getMessage().contains("'a/../b'"), e.getMessage());
    }
}
