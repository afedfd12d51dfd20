package si.utility.portal.platform.captcha;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Serves the captcha a rendered form made, as an image (/captcha/image) or as speech (/captcha/audio). It never
 * makes a session or a challenge: a request without one (a script, a stale link) gets an empty 404 and costs
 * nothing.
 */
@WebServlet("/captcha/*")
public class CaptchaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Captcha captcha;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String kind = request.getPathInfo();
        // The session-scoped captcha is touched only inside an existing session: asking for it would make one.
        boolean inSession = request.getSession(false) != null;
        if (inSession && "/image".equals(kind)) {
            Optional<BufferedImage> image = captcha.image();
            if (image.isPresent()) {
                response.setContentType("image/png");
                ImageIO.write(image.get(), "png", response.getOutputStream());
                return;
            }
        } else if (inSession && "/audio".equals(kind)) {
            Optional<AudioInputStream> audio = captcha.audio();
            if (audio.isPresent()) {
                response.setContentType("audio/wav");
                AudioSystem.write(audio.get(), AudioFileFormat.Type.WAVE, response.getOutputStream());
                return;
            }
        }
        // Not sendError: the error page is a form, and a form makes a session.
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    }
}
