package com.synergycouncil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.api.Test;

/**
 * The conventions every model in {@code bpmn/} follows (see the model contract): file name = process/decision id,
 * history time to live, self-describing element ids, complete diagrams, deployed Camunda Forms and delegate
 * expressions naming Spring beans. No Spring context: the models are read straight from the project's source tree
 * (Maven runs the tests with the project root as working directory).
 */
class ModelConventionsTests {

    private static final Path MODELS = Path.of("bpmn");
    private static final Path DECISIONS = MODELS.resolve("decisions");
    private static final Path FORMS = MODELS.resolve("forms");

    private static final Pattern ELEMENT_ID = Pattern.compile(
            "^(StartEvent|EndEvent|Task|Gateway|SequenceFlow|BoundaryEvent|SubProcess|Message|Error|IntermediateEvent|Event)"
                    + "_[A-Z][A-Za-z0-9]+$");
    /** What Camunda Modeler generates: Activity_0x1y2z3, Flow_1abc2de, Gateway_0k9j8h7 ... */
    private static final Pattern MODELER_GENERATED_ID = Pattern.compile("_[0-9a-z]{7}$");
    private static final Pattern BEAN_DELEGATE_EXPRESSION = Pattern.compile("^\\$\\{[a-z][A-Za-z0-9]*}$");
    private static final Pattern DAYS = Pattern.compile("^[0-9]+$");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyBpmnFileHoldsExactlyOneExecutableProcessNamedLikeTheFile() {
        List<Path> files = bpmnFiles();
        assertThat(files).as("BPMN files under %s", MODELS.toAbsolutePath()).isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (Path file : files) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            List<String> executable = model.getModelElementsByType(Process.class).stream()
                    .filter(Process::isExecutable)
                    .map(Process::getId)
                    .toList();
            soft.assertThat(executable).as("executable processes in %s", file).containsExactly(baseName(file));
        }
        soft.assertAll();
    }

    @Test
    void everyDmnFileHoldsADecisionNamedLikeTheFile() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : dmnFiles()) {
            DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
            List<String> decisions = model.getModelElementsByType(Decision.class).stream()
                    .map(Decision::getId)
                    .toList();
            if (decisions.size() == 1) {
                soft.assertThat(decisions).as("the decision in %s", file).containsExactly(baseName(file));
            } else {
                soft.assertThat(decisions).as("decisions in %s", file).contains(baseName(file));
            }
        }
        soft.assertAll();
    }

    @Test
    void everyProcessAndDecisionSetsHistoryTimeToLiveInDays() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : bpmnFiles()) {
            for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
                soft.assertThat(process.getCamundaHistoryTimeToLiveString())
                        .as("camunda:historyTimeToLive of process %s in %s", process.getId(), file)
                        .matches(DAYS);
            }
        }
        for (Path file : dmnFiles()) {
            for (Decision decision : Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)) {
                soft.assertThat(decision.getCamundaHistoryTimeToLiveString())
                        .as("camunda:historyTimeToLive of decision %s in %s", decision.getId(), file)
                        .matches(DAYS);
            }
        }
        soft.assertAll();
    }

    @Test
    void everyElementIdSaysWhatTheElementIsAndIsNotModelerGenerated() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Stream<BaseElement> elements = Stream.of(
                            model.getModelElementsByType(FlowElement.class),
                            model.getModelElementsByType(Message.class),
                            model.getModelElementsByType(Error.class))
                    .flatMap(Collection::stream);
            elements.forEach(element -> {
                String description = String.format("id of %s in %s",
                        element.getElementType().getTypeName(), file);
                soft.assertThat(element.getId()).as(description)
                        .matches(ELEMENT_ID)
                        .doesNotContainPattern(MODELER_GENERATED_ID);
            });
        }
        soft.assertAll();
    }

    @Test
    void everyFlowNodeAndSequenceFlowIsDrawnInTheDiagram() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : bpmnFiles()) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            String processId = baseName(file);
            Set<String> drawnShapes = model.getModelElementsByType(BpmnShape.class).stream()
                    .filter(shape -> shape.getBpmnElement() != null && shape.getBounds() != null)
                    .map(shape -> shape.getBpmnElement().getId())
                    .collect(Collectors.toSet());
            Set<String> drawnEdges = model.getModelElementsByType(BpmnEdge.class).stream()
                    .filter(edge -> edge.getBpmnElement() != null && edge.getWaypoints().size() >= 2)
                    .map(edge -> edge.getBpmnElement().getId())
                    .collect(Collectors.toSet());
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                soft.assertThat(drawnShapes).as("BPMNShape for %s in %s", node.getId(), file).contains(node.getId());
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                soft.assertThat(drawnEdges).as("BPMNEdge with waypoints for %s in %s", flow.getId(), file)
                        .contains(flow.getId());
            }
            // DI ids follow the element ids: <elementId>_di, BPMNDiagram_<processId>, BPMNPlane_<processId>
            soft.assertThat(model.getModelElementsByType(BpmnDiagram.class)).as("diagrams in %s", file)
                    .extracting(BpmnDiagram::getId).containsExactly("BPMNDiagram_" + processId);
            soft.assertThat(model.getModelElementsByType(BpmnPlane.class)).as("planes in %s", file)
                    .extracting(BpmnPlane::getId).containsExactly("BPMNPlane_" + processId);
            model.getModelElementsByType(BpmnShape.class).stream()
                    .filter(shape -> shape.getBpmnElement() != null)
                    .forEach(shape -> soft.assertThat(shape.getId())
                            .as("id of the shape of %s in %s", shape.getBpmnElement().getId(), file)
                            .isEqualTo(shape.getBpmnElement().getId() + "_di"));
            model.getModelElementsByType(BpmnEdge.class).stream()
                    .filter(edge -> edge.getBpmnElement() != null)
                    .forEach(edge -> soft.assertThat(edge.getId())
                            .as("id of the edge of %s in %s", edge.getBpmnElement().getId(), file)
                            .isEqualTo(edge.getBpmnElement().getId() + "_di"));
        }
        soft.assertAll();
    }

    @Test
    void everyDmnFileCarriesADiagram() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : dmnFiles()) {
            DomElement definitions = Dmn.readModelFromFile(file.toFile()).getDocument().getRootElement();
            boolean hasDiagram = definitions.getChildElements().stream()
                    .filter(child -> "DMNDI".equals(child.getLocalName()))
                    .flatMap(dmndi -> dmndi.getChildElements().stream())
                    .anyMatch(child -> "DMNDiagram".equals(child.getLocalName()));
            soft.assertThat(hasDiagram).as("dmndi:DMNDiagram in %s", file).isTrue();
        }
        soft.assertAll();
    }

    @Test
    void everyUserTaskUsesACamundaFormDeployedWithTheProcess() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : bpmnFiles()) {
            for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                String formRef = task.getCamundaFormRef();
                soft.assertThat(formRef).as("camunda:formRef of %s in %s", task.getId(), file).isNotBlank();
                soft.assertThat(task.getCamundaFormRefBinding())
                        .as("camunda:formRefBinding of %s in %s", task.getId(), file).isEqualTo("deployment");
                soft.assertThat(task.getCamundaFormKey())
                        .as("camunda:formKey of %s in %s (use formRef)", task.getId(), file).isNull();
                if (formRef == null || formRef.isBlank()) {
                    continue;
                }
                Path form = FORMS.resolve(formRef + ".form");
                soft.assertThat(form).as("form %s referenced by %s in %s", formRef, task.getId(), file)
                        .isRegularFile();
                if (Files.isRegularFile(form)) {
                    soft.assertThat(formId(form)).as("top-level \"id\" of %s", form).isEqualTo(formRef);
                }
            }
        }
        soft.assertAll();
    }

    /** A form handler (the vote form's briefing) is named by class: the class must exist and be a task form handler. */
    @Test
    void everyFormHandlerClassIsATaskFormHandler() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : bpmnFiles()) {
            for (UserTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class)) {
                String handler = task.getCamundaFormHandlerClass();
                if (handler == null) {
                    continue;
                }
                try {
                    Class<?> type = Class.forName(handler);
                    soft.assertThat(TaskFormHandler.class.isAssignableFrom(type))
                            .as("camunda:formHandlerClass %s of %s in %s is a TaskFormHandler", handler, task.getId(), file)
                            .isTrue();
                    soft.assertThat(type.getConstructor()).as("public no-argument constructor of %s", handler).isNotNull();
                } catch (ReflectiveOperationException e) {
                    soft.fail("camunda:formHandlerClass %s of %s in %s: %s", handler, task.getId(), file, e);
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void everyServiceTaskDelegatesToASpringBeanByName() {
        SoftAssertions soft = new SoftAssertions();
        for (Path file : bpmnFiles()) {
            for (ServiceTask task : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ServiceTask.class)) {
                soft.assertThat(task.getCamundaDelegateExpression())
                        .as("camunda:delegateExpression of %s in %s", task.getId(), file)
                        .matches(BEAN_DELEGATE_EXPRESSION);
                soft.assertThat(task.getCamundaClass()).as("camunda:class of %s in %s", task.getId(), file).isNull();
                soft.assertThat(task.getCamundaExpression())
                        .as("camunda:expression of %s in %s", task.getId(), file).isNull();
                soft.assertThat(task.getCamundaType()).as("camunda:type of %s in %s", task.getId(), file).isNull();
            }
        }
        soft.assertAll();
    }

    private static List<Path> bpmnFiles() {
        return filesEndingWith(MODELS, ".bpmn");
    }

    private static List<Path> dmnFiles() {
        return filesEndingWith(DECISIONS, ".dmn");
    }

    private static List<Path> filesEndingWith(Path directory, String extension) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> path.getFileName().toString().endsWith(extension))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String formId(Path form) {
        try {
            JsonNode id = JSON.readTree(form.toFile()).get("id");
            return id == null ? null : id.asText();
        } catch (IOException e) {
            return "<unreadable JSON: " + e.getMessage() + ">";
        }
    }
}
