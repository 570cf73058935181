//! Profile photos: only real raster images, sized up only after their header
//! says they are of sane dimensions (no decompression bombs), turned the right
//! way up, cropped square, resized, and written anew as JPEG so that nothing of
//! the original (camera, place, time) comes along.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use kaiku_store::people as store;

use crate::{DomainError, Result, Services, Viewer, policy};

/// Largest upload, in bytes.
pub const PHOTO_MAX_BYTES: usize = 8 * 1024 * 1024;
/// Largest width or height accepted before decoding.
const MAX_SIDE: u32 = 10_000;
/// Largest number of pixels accepted before decoding.
const MAX_PIXELS: u64 = 40_000_000;
/// The sizes kept: for the profile page, and for lists.
const LARGE: u32 = 320;
const SMALL: u32 = 96;

fn refuse() -> DomainError {
    DomainError::invalid("photo", "error-photo-invalid")
}

/// Checks, decodes and re-encodes an uploaded photo; returns (large, small) JPEGs.
pub(crate) fn process(data: &[u8]) -> Result<(Vec<u8>, Vec<u8>)> {
    if data.len() > PHOTO_MAX_BYTES {
        return Err(DomainError::invalid("photo", "error-photo-too-large"));
    }
    let reader = ImageReader::new(Cursor::new(data))
        .with_guessed_format()
        .map_err(|_| refuse())?;
    match reader.format() {
        Some(ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif) => {}
        _ => return Err(refuse()),
    }
    let mut decoder = reader.into_decoder().map_err(|_| refuse())?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 || w > MAX_SIDE || h > MAX_SIDE || u64::from(w) * u64::from(h) > MAX_PIXELS
    {
        return Err(DomainError::invalid("photo", "error-photo-dimensions"));
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(512 * 1024 * 1024);
    decoder.set_limits(limits).map_err(|_| refuse())?;
    let orientation = decoder.orientation().ok();
    let mut img = DynamicImage::from_decoder(decoder).map_err(|_| refuse())?;
    if let Some(o) = orientation {
        img.apply_orientation(o);
    }
    let side = img.width().min(img.height());
    let x = (img.width() - side) / 2;
    let y = (img.height() - side) / 2;
    let square = img.crop_imm(x, y, side, side).to_rgb8();
    let encode = |size: u32| -> Result<Vec<u8>> {
        let resized = image::imageops::resize(
            &square,
            size.min(side),
            size.min(side),
            image::imageops::FilterType::Lanczos3,
        );
        let mut out = Vec::new();
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
        resized
            .write_with_encoder(encoder)
            .map_err(|e| DomainError::Internal(e.to_string()))?;
        Ok(out)
    };
    Ok((encode(LARGE)?, encode(SMALL)?))
}

impl Services {
    /// Sets a person's photo: their own, or anyone's for an administrator.
    pub async fn set_photo(&self, viewer: &Viewer, user_id: &str, data: &[u8]) -> Result<()> {
        let target = self.editable_person(viewer, user_id).await?;
        let data = data.to_vec();
        // Decoding and resizing take a few tens of milliseconds: off the runtime.
        let (large, small) = tokio::task::spawn_blocking(move || process(&data))
            .await
            .map_err(|e| DomainError::Internal(e.to_string()))??;
        let mut tx = self.db().begin().await?;
        store::set_photo(&mut tx, &target, "image/jpeg", large, small, self.now()).await?;
        self.audit_profile_change(&mut tx, viewer, &target, "user.photo")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a person's photo (their own, or an administrator).
    pub async fn remove_photo(&self, viewer: &Viewer, user_id: &str) -> Result<()> {
        let target = self.editable_person(viewer, user_id).await?;
        let mut tx = self.db().begin().await?;
        store::remove_photo(&mut tx, &target).await?;
        self.audit_profile_change(&mut tx, viewer, &target, "user.photo_removed")
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A person's photo, if the viewer may see the person: content type and bytes.
    pub async fn photo(
        &self,
        viewer: &Viewer,
        user_id: &str,
        small: bool,
    ) -> Result<(String, Vec<u8>)> {
        let person = self.person(viewer, user_id).await?;
        store::photo(self.db(), &person.id, small)
            .await?
            .ok_or(DomainError::NotFound)
    }

    /// The id of a person the viewer may change (themselves, or anyone as admin).
    pub(crate) async fn editable_person(&self, viewer: &Viewer, user_id: &str) -> Result<String> {
        let me = crate::stream::active(viewer)?.clone();
        let target = self.person(viewer, user_id).await?;
        if me.id != target.id && !policy::allowed(viewer, policy::Action::Administer) {
            return Err(DomainError::Forbidden);
        }
        Ok(target.id)
    }

    /// Records an administrator's change to someone else's profile.
    pub(crate) async fn audit_profile_change(
        &self,
        tx: &mut kaiku_store::Tx,
        viewer: &Viewer,
        target: &str,
        action: &str,
    ) -> Result<()> {
        if viewer.account.as_ref().is_some_and(|a| a.id != target) {
            self.audit(tx, viewer, action, Some(target), "").await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(w: u32, h: u32) -> Vec<u8> {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let mut out = Vec::new();
        image::DynamicImage::ImageRgb8(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap_or_else(|e| panic!("{e}"));
        out
    }

    /// CRC-32 (ISO 3309), as PNG chunks carry it.
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for b in bytes {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn a_real_image_becomes_two_square_jpegs() {
        let (large, small) = process(&png(640, 480)).unwrap_or_else(|e| panic!("{e}"));
        let l = image::load_from_memory(&large).unwrap_or_else(|e| panic!("{e}"));
        let s = image::load_from_memory(&small).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((l.width(), l.height()), (LARGE, LARGE));
        assert_eq!((s.width(), s.height()), (SMALL, SMALL));
        assert_eq!(&large[..2], &[0xFF, 0xD8], "JPEG");
    }

    #[test]
    fn text_html_and_svg_are_refused() {
        for data in [
            b"hello".to_vec(),
            b"<html><script>alert(1)</script></html>".to_vec(),
            b"<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".to_vec(),
        ] {
            assert!(matches!(process(&data), Err(DomainError::Invalid(_))));
        }
    }

    #[test]
    fn a_header_claiming_huge_dimensions_is_refused_before_decoding() {
        // A valid PNG whose header says 50,000 × 50,000 (a decompression bomb's
        // shape): rewrite the IHDR width and height of a small image.
        let mut data = png(8, 8);
        let ihdr = data
            .windows(4)
            .position(|w| w == b"IHDR")
            .unwrap_or_else(|| panic!("no IHDR"));
        data[ihdr + 4..ihdr + 8].copy_from_slice(&50_000u32.to_be_bytes());
        data[ihdr + 8..ihdr + 12].copy_from_slice(&50_000u32.to_be_bytes());
        // The chunk's checksum covers its type and data (13 bytes): keep it valid,
        // so the file is a well-formed PNG that merely claims to be enormous.
        let crc = crc32(&data[ihdr..ihdr + 17]);
        data[ihdr + 17..ihdr + 21].copy_from_slice(&crc.to_be_bytes());
        match process(&data) {
            Err(DomainError::Invalid(f)) => assert_eq!(f[0].key, "error-photo-dimensions"),
            other => panic!("{other:?}"),
        }
    }
}
