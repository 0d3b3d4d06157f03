package io.maskgate.hubmap;

import io.maskgate.rules.Category;
import io.maskgate.rules.FindingSink;
import io.maskgate.rules.Location;
import io.maskgate.rules.Rule;
import io.maskgate.rules.RuleInfo;
import io.maskgate.rules.Severity;

import java.util.List;

/** A path of the dataset matches no entry of the directory schema (ignored paths excepted). One finding per path. */
@RuleInfo(code = "HUBMAP_NOT_ALLOWED", severity = Severity.ERROR, category = Category.HUBMAP_DIRECTORY,
        summary = "Every file of a HuBMAP dataset must match an entry of the directory schema.",
        hint = "Move lab-specific files into extras/ (or derived/extras/), or remove the file.")
public final class NotAllowed implements Rule, DirectoryCheck {

    @Override
    public void check(DirectoryOutcome outcome, FindingSink sink) {
        DirectorySchema schema = outcome.match().schema();
        List<String> folders = schema.topLevelFolders();
        for (String path : outcome.match().notAllowed()) {
            boolean emptyFolder = path.endsWith("/");
            String what = emptyFolder ? "the empty folder " + path : path;
            String message = "Not allowed (" + outcome.versionNote() + "): " + what
                    + " matches no entry of the directory schema; only " + PatternShape.orList(folders.isEmpty() ? List.of("the schema's folders") : folders)
                    .replace(" or ", " and ") + " may hold files.";
            sink.accept(finding(outcome.file(path), Location.NONE, message, hint(schema, path, emptyFolder)));
        }
    }

    private static String hint(DirectorySchema schema, String path, boolean emptyFolder) {
        String name = path.substring(path.lastIndexOf('/', emptyFolder ? path.length() - 2 : path.length() - 1) + 1);
        for (SchemaEntry e : schema.entries()) {
            if (e.shape() instanceof PatternShape.FileIn f) {
                for (String suffix : f.suffixes()) {
                    if (name.endsWith(suffix) && name.length() > suffix.length()) {
                        return "It looks like " + article(e.title()) + ": move it into " + f.dir() + "/.";
                    }
                }
            }
        }
        if (emptyFolder) {
            return "Remove the empty folder, or move it into extras/.";
        }
        return schema.topLevelFolders().contains("extras/")
                ? "Move it into extras/ (lab files) or derived/extras/ (files of the derived dataset), or remove it."
                : "Move it into derived/extras/, or remove it.";
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
    }
}
