{{%AUTOESCAPE context="HTML"}}<section class="desk-panel" id="tahapan">
<h2>Tahapan integrasi dengan BSrE</h2>
{{#no_milestones}}<p>Belum ada tahapan yang dicatat.</p>{{/no_milestones}}
<ol>
{{#milestones}}<li><strong>{{label}}</strong> — {{date}}{{#note}}<br><span class="prewrap">{{note}}</span>{{/note}}</li>
{{/milestones}}
</ol>
</section>
