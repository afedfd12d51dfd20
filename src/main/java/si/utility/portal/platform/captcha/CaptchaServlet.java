package si.utility.portal.platform.captcha;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;

/** Serves the visitor's current captcha as an image (/captcha/image) or as speech (/captcha/audio). */
@WebServlet("/captcha/*")
public class CaptchaServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    Captcha captcha;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        String kind = request.getPathInfo();
        if ("/image".equals(kind)) {
            response.setContentType("image/png");
            ImageIO.write(captcha.image(), "png", response.getOutputStream());
        } else if ("/audio".equals(kind)) {
            response.setContentType("audio/wav");
            AudioSystem.write(captcha.audio(), AudioFileFormat.Type.WAVE, response.getOutputStream());
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
