package com.ks.platform.shared;

import java.net.URI;
import java.util.Optional;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, OSS/COS in S3 mode, …), shared by every node. Keys are used as the
 * objects' keys unchanged. Credentials come only from the environment ({@code KS_S3_ACCESS_KEY},
 * {@code KS_S3_SECRET_KEY}), never from a file in git. The JDK's URL connection client keeps Netty and Apache HTTP
 * out; checksums are sent only where S3 requires them, so S3-compatible servers without the newer CRC trailers work.
 */
@Component
@ConditionalOnProperty(name = "ks.storage.kind", havingValue = "s3")
class S3FileStorage implements FileStorage, DisposableBean {

    private final S3Client s3;
    private final String bucket;
    private final String serverSideEncryption;

    S3FileStorage(
            @Value("${ks.storage.s3.endpoint:}") String endpoint,
            @Value("${ks.storage.s3.region:cn-north-1}") String region,
            @Value("${ks.storage.s3.bucket}") String bucket,
            @Value("${ks.storage.s3.path-style:false}") boolean pathStyle,
            @Value("${ks.storage.s3.server-side-encryption:}") String serverSideEncryption,
            @Value("${KS_S3_ACCESS_KEY:}") String accessKey,
            @Value("${KS_S3_SECRET_KEY:}") String secretKey) {
        if (bucket == null || bucket.isBlank() || accessKey.isBlank() || secretKey.isBlank()) {
            throw new IllegalStateException(
                    "ks.storage.kind=s3 needs ks.storage.s3.bucket and the environment's KS_S3_ACCESS_KEY and KS_S3_SECRET_KEY");
        }
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .httpClient(UrlConnectionHttpClient.create())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.s3 = builder.build();
        this.bucket = bucket;
        this.serverSideEncryption = serverSideEncryption == null ? "" : serverSideEncryption.strip();
    }

    @Override
    public void put(String key, byte[] content) {
        PutObjectRequest.Builder request = PutObjectRequest.builder()
                .bucket(bucket)
                .key(StorageKeys.checked(key))
                .contentType("application/octet-stream");
        if (!serverSideEncryption.isEmpty()) {
            request.serverSideEncryption(serverSideEncryption);
        }
        s3.putObject(request.build(), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(StorageKeys.checked(key)))
                    .asByteArray());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (S3Exception failed) {
            if (failed.statusCode() == 404) {
                return Optional.empty();
            }
            throw failed;
        }
    }

    /** S3 answers a delete of a missing key with success too. */
    @Override
    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(StorageKeys.checked(key)));
    }

    @Override
    public void destroy() {
        s3.close();
    }
}
