package koppel.admin.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * PrimeFaces cuts the value of a p:inputText or p:inputTextarea to its {@code maxlength} on the
 * server, so a value longer than the limit would be saved shortened instead of refused. The pages
 * give the browser its limit as a pass-through attribute ({@code pt:maxlength}) only.
 */
class BrowserLimitsTest {

    private static final Pattern TEXT_INPUT = Pattern.compile("<p:inputText(area)?\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern COMPONENT_MAXLENGTH = Pattern.compile("(?<![:\\w])maxlength=");

    @Test
    void noTextInputHasAMaxlengthThatPrimeFacesWouldCutTo() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(file -> file.toString().endsWith(".xhtml")).toList();
        }
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            Matcher input = TEXT_INPUT.matcher(Files.readString(page));
            while (input.find()) {
                assertThat(COMPONENT_MAXLENGTH.matcher(input.group()).find())
                        .as("%s: %s", page, input.group())
                        .isFalse();
            }
        }
    }
}
