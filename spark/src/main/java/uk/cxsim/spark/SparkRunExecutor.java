package uk.cxsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

import scala.Function0;
import scala.Function1;
import scala.Function2;
import scala.collection.Iterator;
import scala.collection.JavaConverters;
import scala.runtime.BoxedUnit;
import scala.util.Try;

import uk.cxsim.experiment.execution.RunExecutor;
import uk.cxsim.experiment.execution.RunTask;

/**
 * Runs a batch as one Spark job: each run is a task in a partition of its own, made on the driver (so a point whose
 * values are invalid fails there, as it does locally) and run by an executor. Results reach the caller as each
 * partition finishes, not when the job ends, so a sweep writes its rows as they arrive. Spark retries a task that
 * fails (its executor lost, say) up to {@code spark.task.maxFailures} times; if the job still fails, every run not
 * yet back is handed over as failed, with Spark's reason.
 */
final class SparkRunExecutor implements RunExecutor {
    /** The master when neither --master nor spark-submit names one: Spark inside this process, every core. */
    static final String DEFAULT_MASTER = "local[*]";

    private final JavaSparkContext spark;

    private SparkRunExecutor(JavaSparkContext spark) {
        this.spark = spark;
    }

    /**
     * Joins the Spark context spark-submit made, or makes one: {@code master} if given, else {@code spark.master}
     * as spark-submit sets it, else {@value #DEFAULT_MASTER}. A local master binds to loopback and no web UI starts.
     */
    static SparkRunExecutor connect(String master) {
        SparkConf conf = new SparkConf();
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        conf.setIfMissing("spark.app.name", "cxsim");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        } else if (!conf.contains("spark.jars")) {
            // started by ./cxsim rather than spark-submit: the executors need this jar (cxsim and its libraries)
            conf.setJars(JavaSparkContext.jarOfClass(SparkRunExecutor.class));
        }
        JavaSparkContext context = JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(conf));
        context.setLogLevel("WARN");
        return new SparkRunExecutor(context);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R extends Serializable> void runAll(int count, IntFunction<RunTask<R>> taskAt, Results<R> results) {
        if (count == 0) {
            return;
        }
        List<RunTask<R>> tasks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            tasks.add(taskAt.apply(i));
        }
        JavaRDD<R> runs = spark.parallelize(tasks, count).map(RunTask::run);
        BlockingQueue<Arrived<R>> arrived = new LinkedBlockingQueue<>();
        List<Object> partitions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            partitions.add(i);
        }
        Function1<Iterator<R>, R> first = (Function1<Iterator<R>, R> & Serializable) Iterator::next;
        Function2<Object, R, BoxedUnit> handler = (index, result) -> {
            arrived.add(new Arrived<>((Integer) index, result));
            return BoxedUnit.UNIT;
        };
        Function0<BoxedUnit> end = () -> BoxedUnit.UNIT;
        SimpleFutureAction<BoxedUnit> job = spark.sc().submitJob(runs.rdd(), first,
                JavaConverters.asScalaBuffer(partitions).toSeq(), handler, end);
        boolean[] back = new boolean[count];
        int received = 0;
        try {
            while (received < count) {
                Arrived<R> a = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (a != null) {
                    back[a.index()] = true;
                    received++;
                    results.accept(a.index(), a.result());
                } else if (job.isCompleted() && arrived.isEmpty()) {
                    String why = failure(job);
                    for (int i = 0; i < count; i++) {
                        if (!back[i]) {
                            results.failed(i, why);
                        }
                    }
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel();
            throw new IllegalStateException("interrupted", e);
        } catch (RuntimeException e) {
            job.cancel();
            throw e;
        }
    }

    /** Why a finished job did not hand back every run. */
    private static String failure(SimpleFutureAction<BoxedUnit> job) {
        Try<BoxedUnit> outcome = job.value().get();
        if (outcome.isFailure()) {
            Throwable t = outcome.failed().get();
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            return "Spark job failed: " + message.lines().findFirst().orElse("").strip();
        }
        return "Spark job ended without this run's result";
    }

    @Override
    public int runsAtOnce() {
        return Math.max(1, spark.defaultParallelism());
    }

    @Override
    public String describe() {
        return "Spark " + spark.master() + " (" + runsAtOnce() + " at once)";
    }

    @Override
    public void close() {
        spark.stop();
    }

    private record Arrived<R>(int index, R result) {
    }
}
