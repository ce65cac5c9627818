package dev.parley.timeline.cli;

import java.net.URI;
import java.net.URISyntaxException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns {@code --url} into a base URI, rejecting anything the HTTP client could not send to as a usage error. */
final class HttpUrlConverter implements ITypeConverter<URI> {

    @Override
    public URI convert(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw new TypeConversionException("'" + value + "' is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || uri.getHost() == null) {
            throw new TypeConversionException("'" + value + "' is not an http or https URL such as " + ParleyCli.DEFAULT_URL);
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new TypeConversionException("'" + value + "' must be a base URL, without query or fragment");
        }
        // the API paths are appended to it, so a trailing slash would double up
        String base = uri.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base);
    }
}
